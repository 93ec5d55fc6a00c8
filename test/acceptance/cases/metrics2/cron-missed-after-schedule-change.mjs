// missedSchedules after a schedule change. CronJob c, hourly ("0 * * * *"), Jobs of 35m; at 01:30 its
// schedule is patched to "*/20 * * * *". The 01:00 Job finishes at 01:35:01 and the controller's sync then
// starts the most recent unmet time since 01:00 under the new schedule, 01:20 (as upstream does). The
// CronJob controller is down 02:30-03:10: 02:40 is lost (03:00 is started on the return), so an owed time
// (under the schedule in force then, */20, not suspended, with later times before the end) never got a
// Job: missedSchedules must be 1 (owed: 01:00; 01:40 02:00 02:20 02:40 03:00 03:20 -> only 02:40 has no
// Job). jobsim reports 0: the 01:20 Job, whose time was never owed (hourly was in force at 01:20), is
// counted as starting an owed time and hides the miss; sweep's MISSED is 0 too (share 5/5 instead of 5/6).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sc2}
spec:
  duration: 3h30m
  faults:
    - {at: 2h30m, controllerDown: cronjob, for: 40m}
  timeline:
    - {at: 1h30m, patch: {kind: CronJob, name: c, spec: {schedule: "*/20 * * * *"}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "35m"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`;
export default {
  id: 'metrics2/cron-missed-after-schedule-change',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules ("schedule times the CronJob owed (neither suspended nor being deleted then, under the schedule it had then) that never got a Job ... a time with a later one before the end is missed for good"); README sweep MISSED',
  scenario,
  check(r, h) {
    const ts = h.jobsOf('c').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'].slice(11, 16));
    h.eq(ts, ['01:00', '01:20', '01:40', '02:00', '02:20', '03:00', '03:20'], 'scheduled times that got a Job');
    const owed = ['01:00', '01:40', '02:00', '02:20', '02:40', '03:00', '03:20'];
    const missed = owed.filter((t) => !ts.includes(t));
    h.eq(missed, ['02:40'], 'owed times without a Job (by hand)');
    h.eq(r.metrics.cronJobs['default/c'].missedSchedules, missed.length, 'metrics.cronJobs["default/c"].missedSchedules');
    const dir = mkdtempSync(join(tmpdir(), 'metrics2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['sweep', f, '--pool', 'node=3', '--seeds', '1', '--within', '1h', '-o', 'json'], { encoding: 'utf8' });
    h.eq(JSON.parse(p.stdout).rows[0].runs[0].jobs.missed, 1, 'sweep runs[0].jobs.missed');
  },
};
