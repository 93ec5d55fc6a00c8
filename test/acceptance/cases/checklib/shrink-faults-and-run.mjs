// jobsim check shrinks a failing world: "drops faults, halves their durations, ... cuts the run just
// after the failure". Of the scenario's three faults only the node failure matters (the pod is pinned
// to w-1; its eviction 50s + 300s after w-1 stops answering counts as a failure): the counterexample
// keeps only it, halved from 40m while it still breaks the property (20m, 10m; 5m ends before the
// eviction), and a run cut just after the failure at ~6m50s. Replaying it breaks the property again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sh1}
spec:
  duration: 4h
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 1m, nodeDown: w-1, for: 40m}
  - {at: 2h, controllerDown: job, for: 1m}
  - {at: 3h, controllerDown: cronjob, for: 10m}
  check:
    runs: 1
    properties:
    - {job: etl, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 20m}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/shrink-faults-and-run',
  source: 'README jobsim check (shrinks: drops faults, halves their durations, cuts the run just after the failure; the counterexample replays the failure); CONTRACT.md §1; taint-eviction after the 300s DefaultTolerationSeconds',
  scenario,
  check(r, h) {
    h.eq(h.job('etl').status.failed, 1, 'run: one failure (the eviction)');
    const dir = mkdtempSync(join(tmpdir(), 'shr-'));
    const f = join(dir, 'w.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    h.assert(p.stdout.startsWith('Property broken in world 1 of 1 (seed 1):\n  job default/etl: maxFailed 0: Job etl has status.failed = 1, more than 0\n'), p.stdout);
    const ce = join(dir, 'w.counterexample.yaml');
    const docs = YAML().parseAllDocuments(readFileSync(ce, 'utf8')).map((d) => d.toJS());
    const sim = docs.find((d) => d.kind === 'Simulation');
    h.eq(sim.spec.faults, [{ at: '1m', nodeDown: 'w-1', for: '10m' }], 'faults: only the node failure, halved twice');
    h.eq(sim.spec.seed, 1, 'seed written out');
    h.eq(sim.spec.duration, '8m', 'run cut just after the failure (6m50s, to the next minute, plus 1m)');
    h.eq(sim.spec.check, { properties: [{ job: 'etl', maxFailed: 0 }] }, 'the properties are kept, no runs/faults');
    const run = JSON.parse(spawnSync(bin, ['run', ce, '-o', 'json'], { encoding: 'utf8' }).stdout);
    const etl = run.items.find((o) => o.kind === 'Job');
    h.eq(etl.status.failed, 1, 'replay: failed 1');
    h.eq(run.spec.end, '2026-01-01T00:08:00Z', 'replay ends at 8m');
    const again = spawnSync(bin, ['check', ce, '--runs', '1'], { encoding: 'utf8' });
    h.eq(again.status, 1, 'check --runs 1 of the counterexample breaks too');
    h.assert(again.stdout.startsWith('Property broken in world 1 of 1 (seed 1):\n  job default/etl: maxFailed 0'), again.stdout);
  },
};
