// noMissedSlot and startingDeadlineSeconds: the cronjob controller is down from 00:59 to 01:04. With
// startingDeadlineSeconds 120 the 01:00 time is past its deadline when the controller is back, so it
// is never started (jobsim run: no Job for 01:00, metrics missedSchedules 1): jobsim check exits 1
// naming the 01:00 slot. With startingDeadlineSeconds 600 the 01:00 Job starts at 01:04: exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (sds) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sd}
spec:
  duration: 3h
  faults:
  - {at: 59m, controllerDown: cronjob, for: 5m}
  check:
    runs: 1
    properties:
    - {cronJob: cj, noMissedSlot: true}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  startingDeadlineSeconds: ${sds}
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
const TS = 'batch.kubernetes.io/cronjob-scheduled-timestamp';
export default {
  id: 'check2/nomissedslot-starting-deadline',
  source: 'README jobsim check (noMissedSlot: a Job ran for every schedule time); README metrics missedSchedules (past startingDeadlineSeconds)',
  scenario: scenario(120),
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => j.metadata.annotations[TS]), ['2026-01-01T02:00:00Z'], 'run: only 02:00 ran');
    h.eq(r.metrics.cronJobs['default/cj'].missedSchedules, 1, 'run: one missed schedule');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'nsd-'));
    writeFileSync(join(dir, 'short.yaml'), scenario(120));
    writeFileSync(join(dir, 'long.yaml'), scenario(600));
    let p = spawnSync(bin, ['check', 'short.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, 'deadline 120s: exit 1');
    h.eq(p.stdout.split('\n')[1], '  cronJob default/cj: noMissedSlot: no Job ran for the slot 2026-01-01T01:00:00Z', 'message');
    p = spawnSync(bin, ['check', 'long.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `deadline 600s: ${p.stdout.trim()}`);
  },
};
