// A check property naming a namespace where the object does not exist is invalid input (exit 2), in the API
// server's NotFound words; without namespace it means default.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c1}
spec:
  duration: 10m
  check:
    runs: 1
    properties:
    - {cronJob: cj, namespace: b, noMissedSlot: true}
    - {job: x, maxFailed: 0}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: a}
spec:
  schedule: "*/2 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: x, namespace: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'namespaces/ns27-check-property-wrong-namespace',
  source: 'README jobsim check (properties name objects; exit 2 invalid input); CONTRACT §1 check exit codes',
  scenario,
  exit: 2,
  check(r, h) {
    h.assert(r.stderr.includes('spec.check.properties[0].cronJob: cronjobs.batch "cj" not found'), 'jobsim run refuses it too');
    const dir = mkdtempSync(join(tmpdir(), 'nscheck2-'));
    const f = join(dir, 'c1.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 2, 'invalid');
    const lines = p.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['9:8: Simulation c1: spec.check.properties[0].cronJob: cronjobs.batch "cj" not found', '10:8: Simulation c1: spec.check.properties[1].job: jobs.batch "x" not found'], 'problems');
  },
};
