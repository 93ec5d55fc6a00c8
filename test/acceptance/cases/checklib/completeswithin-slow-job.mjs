// completesWithin: "Complete within that long after its creation". A Job whose pod runs 45m completes
// at 45m1s: completesWithin 30m breaks with "Job slow completed after 45m1s"; the counterexample cuts
// the run just after that (47m), keeps the other named Job, and `jobsim run` of it shows the Complete
// condition at 00:45:01. Two properties hold-checked: plural in the pass line when both hold.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  check:
    runs: 1
    properties:
    - {job: slow, completesWithin: 30m}
    - {job: quick, completesWithin: 30m, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: slow}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 45m}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: quick}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/completeswithin-slow-job',
  source: 'README jobsim check (completesWithin: Complete within that long after its creation; cuts the run just after the failure)',
  scenario,
  check(r, h) {
    h.eq(h.hasCond(h.job('slow'), 'Complete').lastTransitionTime, '2026-01-01T00:45:01Z', 'run: Complete at 45m1s');
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const f = join(dir, 'm2.yaml');
    writeFileSync(f, scenario);
    let p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    h.eq(p.stdout.split('\n')[1], '  job default/slow: completesWithin 30m: Job slow completed after 45m1s', 'message');
    const ce = join(dir, 'm2.counterexample.yaml');
    const docs = YAML().parseAllDocuments(readFileSync(ce, 'utf8')).map((d) => d.toJS());
    h.eq(docs.find((d) => d.kind === 'Simulation').spec.duration, '47m', 'cut just after the failure');
    h.eq(docs.filter((d) => d.kind === 'Job').map((d) => d.metadata.name).sort(), ['quick', 'slow'], 'named Jobs kept');
    const run = JSON.parse(spawnSync(bin, ['run', ce, '-o', 'json'], { encoding: 'utf8' }).stdout);
    const slow = run.items.find((o) => o.kind === 'Job' && o.metadata.name === 'slow');
    h.eq(slow.status.conditions.find((c) => c.type === 'Complete')?.lastTransitionTime, '2026-01-01T00:45:01Z', 'replay');
    const ok = join(dir, 'ok.yaml');
    writeFileSync(ok, scenario.replace('completesWithin: 30m}\n    - {job: quick', 'completesWithin: 50m}\n    - {job: quick'));
    p = spawnSync(bin, ['check', ok, '--runs', '2'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'within 50m holds');
    h.eq(p.stdout, "2 world(s) explored from seed 1: every property held (2 properties, plus the simulator's invariants).\n", 'pass line');
  },
};
