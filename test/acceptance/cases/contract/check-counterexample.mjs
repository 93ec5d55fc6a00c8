// Contract §1 `jobsim check FILE --runs N --seed N`: a property breaks -> exit 1, prints which property
// and the seed, writes NAME.counterexample.yaml next to FILE with that world's faults and seed written
// out, prints the replay command; `jobsim run` of the counterexample replays the failure, and `jobsim
// check` of it breaks the same property. Worlds use seeds base, base+1, ...; the output is deterministic.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
// the project's own yaml dependency (the case may live outside the project)
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: policy
spec:
  seed: 1
  duration: 4h
  cluster:
    nodePools:
    - { name: worker, count: 3, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
  check:
    runs: 200
    faults:
      nodeDown: { max: 4, for: [5m, 45m] }
    properties:
    - { job: etl, maxFailed: 3 }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: etl
spec:
  completions: 24
  parallelism: 3
  backoffLimit: 6
  template:
    metadata:
      annotations:
        jobsim/duration: 20m
    spec:
      containers:
      - name: etl
        image: registry.example.com/etl:1.0
        resources:
          requests: { cpu: "1", memory: 2Gi }
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: unrelated
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
const bin = () => join(process.cwd(), 'node_modules/.bin/jobsim');
export default {
  id: 'contract/check-counterexample',
  source: 'CONTRACT.md §1 (jobsim check: exit 1, prints which property and the seed, writes NAME.counterexample.yaml next to FILE with the faults written out; jobsim run replays it); README jobsim check',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const f = join(dir, 'policy.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(bin(), ['check', f, '--seed', '20'], { encoding: 'utf8' });
    h.eq(p.status, 1, `exit (${p.stderr.slice(0, 200)})`);
    const out = p.stdout + p.stderr;
    const m = /world (\d+) of (\d+) \(seed (\d+)\)/.exec(out);
    h.assert(m, `prints the world and its seed: ${out.slice(0, 300)}`);
    h.eq(Number(m[2]), 200, 'runs from check.runs');
    h.eq(Number(m[3]), 20 + Number(m[1]) - 1, 'world k has seed base+k-1');
    h.assert(/maxFailed 3/.test(out) && /etl/.test(out), `names the property: ${out.slice(0, 300)}`);
    const ce = join(dir, 'policy.counterexample.yaml');
    h.assert(existsSync(ce), 'counterexample written next to FILE');
    h.assert(out.includes(`jobsim run ${ce}`), `prints the replay command: ${out}`);
    const docs = YAML().parseAllDocuments(readFileSync(ce, 'utf8')).map((d) => d.toJS());
    const sim = docs.find((d) => d?.kind === 'Simulation');
    h.eq(sim.spec.seed, Number(m[3]), 'the seed is written out');
    h.assert(Array.isArray(sim.spec.faults) && sim.spec.faults.length >= 1 && sim.spec.faults.length <= 4, `faults written out: ${JSON.stringify(sim.spec.faults)}`);
    h.assert(sim.spec.faults.every((x) => x.nodeDown && /^worker-[123]$/.test(x.nodeDown) && x.at !== undefined), 'nodeDown faults on pool nodes');
    h.assert(!docs.some((d) => d?.metadata?.name === 'unrelated'), 'unrelated Job removed');
    // replay
    const run = spawnSync(bin(), ['run', ce, '-o', 'json'], { encoding: 'utf8' });
    h.eq(run.status, 0, `replay exit (${run.stderr.slice(0, 200)})`);
    const res = JSON.parse(run.stdout);
    const etl = res.items.find((o) => o.kind === 'Job' && o.metadata.name === 'etl');
    h.assert((etl.status.failed ?? 0) > 3, `replay: etl failed ${etl.status.failed} > 3`);
    const again = spawnSync(bin(), ['check', ce, '--runs', '1'], { encoding: 'utf8' });
    h.eq(again.status, 1, 'check of the counterexample breaks too');
    // deterministic
    const p2 = spawnSync(bin(), ['check', f, '--seed', '20'], { encoding: 'utf8' });
    h.eq(p2.stdout, p.stdout, 'same output twice');
  },
};
