// check.faults.drainNode: "up to 1 drain per world (uncordoned after its length)". Four 2h pods on two
// nodes, no podFailurePolicy: with no check.faults the 20 worlds are the scenario itself and
// maxFailed 0 holds (exit 0); with drainNode { max: 2, for: [10m, 1h] } some world drains a node under
// running pods, whose evictions count as failures: exit 1, and the counterexample holds only drainNode
// faults (at most 2, on the pool's nodes), replays with jobsim run showing status.failed > 0 and
// pods evicted by the Eviction API (a DisruptionTarget condition).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = (faults) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dr}
spec:
  duration: 3h
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  check:
    runs: 20
${faults}    properties:
    - {job: etl, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: {annotations: {jobsim/duration: 2h}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
const withDrains = scenario('    faults:\n      drainNode: {max: 2, for: [10m, 1h]}\n');
export default {
  id: 'check2/faults-drain-explored',
  source: 'README Simulation document (check.faults.drainNode: up to 1 drain per world); jobsim check --help (drainNode: { max, for } for drains); CONTRACT §1 (counterexample with the faults of that world written out; jobsim run replays the failure)',
  scenario: withDrains,
  check(r, h) {
    h.eq(h.job('etl').status.failed ?? 0, 0, 'run: no drain without faults (the check section draws none)');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'drx-'));
    writeFileSync(join(dir, 'none.yaml'), scenario(''));
    writeFileSync(join(dir, 'drains.yaml'), withDrains);
    let p = spawnSync(bin, ['check', 'none.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `no check.faults: ${p.stdout.trim()}`);
    p = spawnSync(bin, ['check', 'drains.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, `with drains: ${p.stdout.trim()}`);
    h.assert(/^  job default\/etl: maxFailed 0: Job etl has status\.failed = \d+, more than 0$/m.test(p.stdout), p.stdout);
    const docs = YAML().parseAllDocuments(readFileSync(join(dir, 'drains.counterexample.yaml'), 'utf8')).map((d) => d.toJS());
    const faults = docs.find((d) => d.kind === 'Simulation').spec.faults ?? [];
    h.assert(faults.length >= 1 && faults.length <= 2, `1 or 2 faults: ${JSON.stringify(faults)}`);
    h.assert(faults.every((f) => Object.keys(f).sort().join() === 'at,drainNode,for' && /^w-[12]$/.test(f.drainNode)), `only drains, on w-1/w-2: ${JSON.stringify(faults)}`);
    const run = spawnSync(bin, ['run', 'drains.counterexample.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir });
    h.eq(run.status, 0, `replay: ${run.stderr}`);
    const res = JSON.parse(run.stdout);
    const etl = res.items.find((o) => o.kind === 'Job' && o.metadata.name === 'etl');
    h.assert(etl.status.failed > 0, `replay: status.failed ${etl.status.failed}`);
    const evicted = res.items.filter((o) => o.kind === 'Pod' && (o.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget' && c.status === 'True'));
    h.assert(evicted.length >= 1, 'replay: a pod evicted by the drain');
  },
};
