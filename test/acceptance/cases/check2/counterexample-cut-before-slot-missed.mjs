// The counterexample must replay the failure (CONTRACT §1: "so that jobsim run NAME.counterexample.yaml
// replays the failure"). Here the 01:00 time of an hourly CronJob is really missed: the cronjob
// controller is down 00:59-01:04 and startingDeadlineSeconds is 120 (jobsim run of the scenario:
// metrics missedSchedules 1). The shrinker cuts the run "just after the failure", which for a missed
// time is just after it counted as missed: past 01:02 (its deadline), not at 1h1m when the time is
// still within its deadline (missedSchedules 0 there), so `jobsim run` of the counterexample
// replays the miss.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cut}
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
  startingDeadlineSeconds: 120
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'check2/counterexample-cut-before-slot-missed',
  source: 'CONTRACT §1 (a minimal scenario that still breaks it ... so that jobsim run NAME.counterexample.yaml replays the failure); README jobsim check (cuts the run just after the failure); README metrics missedSchedules',
  scenario,
  check(r, h) {
    h.eq(r.metrics.cronJobs['default/cj'].missedSchedules, 1, 'run of the scenario: the 01:00 time is missed');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'cut-'));
    writeFileSync(join(dir, 'cut.yaml'), scenario);
    const p = spawnSync(bin, ['check', 'cut.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, 'check: exit 1');
    h.eq(p.stdout.split('\n')[1], '  cronJob default/cj: noMissedSlot: no Job ran for the slot 2026-01-01T01:00:00Z', 'the 01:00 slot');
    const run = spawnSync(bin, ['run', 'cut.counterexample.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir });
    h.eq(run.status, 0, `replay: ${run.stderr}`);
    const res = JSON.parse(run.stdout);
    h.assert(Date.parse(res.spec.end) > Date.parse('2026-01-01T01:02:00Z'), `the replay reaches the 01:00 time's deadline (01:02): it ends at ${res.spec.end}`);
    h.eq(res.metrics.cronJobs?.['default/cj']?.missedSchedules ?? 0, 1, 'replay: the 01:00 time missed, as in the scenario');
  },
};
