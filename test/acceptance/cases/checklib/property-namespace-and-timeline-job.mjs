// Properties may name a Job in another namespace (`namespace: batch`) and a Job the timeline creates.
// The default/etl Job (same name, other namespace) fails but is not the Job of the property, so with
// only the batch/etl property every world passes; the `late` Job created at 1h fails at 01:00:11, so
// completesWithin 30m breaks with "Job late failed (BackoffLimitExceeded) at 2026-01-01T01:00:11Z",
// and the counterexample keeps the timeline action that creates it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ns}
spec:
  duration: 3h
  timeline:
  - at: 1h
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        backoffLimit: 0
        template:
          metadata: {annotations: {jobsim/exit-codes: "1"}}
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
  check:
    runs: 3
    properties:
    - {job: etl, namespace: batch, maxFailed: 0, completesWithin: 15m}
    - {job: late, completesWithin: 30m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl, namespace: batch}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/property-namespace-and-timeline-job',
  source: 'README jobsim check (properties per Job: maxFailed, completesWithin; timeline create); CONTRACT.md §2 (namespace defaults to default)',
  scenario,
  check(r, h) {
    h.hasCond(h.job('etl', 'batch'), 'Complete');
    h.hasCond(h.job('etl'), 'Failed', 'BackoffLimitExceeded');
    const dir = mkdtempSync(join(tmpdir(), 'nsp-'));
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const only = join(dir, 'only.yaml');
    writeFileSync(only, scenario.replace('    - {job: late, completesWithin: 30m}\n', ''));
    let p = spawnSync(bin, ['check', only], { encoding: 'utf8' });
    h.eq(p.status, 0, `batch/etl only: ${p.stdout}`);
    h.eq(p.stdout, "3 world(s) explored from seed 1: every property held (1 property, plus the simulator's invariants).\n", 'pass line');
    const f = join(dir, 'ns.yaml');
    writeFileSync(f, scenario);
    p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'with the late property');
    h.eq(p.stdout.split('\n')[1], '  job default/late: completesWithin 30m: Job late failed (BackoffLimitExceeded) at 2026-01-01T01:00:11Z', 'message');
    const docs = YAML().parseAllDocuments(readFileSync(join(dir, 'ns.counterexample.yaml'), 'utf8')).map((d) => d.toJS());
    const sim = docs.find((d) => d.kind === 'Simulation');
    h.eq(sim.spec.timeline?.[0]?.create?.metadata?.name, 'late', 'the timeline create is kept');
  },
};
