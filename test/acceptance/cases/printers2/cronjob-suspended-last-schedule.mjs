// A CronJob suspended at 2h30m keeps its lastScheduleTime (02:00): read at 5h10m, SUSPEND True, ACTIVE 0, LAST
// SCHEDULE 3h10m (h+m below 8h), AGE 5h10m; its only Jobs are those of 01:00 and 02:00 (the first time strictly after its creation at 00:00 is
// 01:00), 4h10m and 3h10m old.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sus}
spec:
  timeline:
    - {at: 2h30m, patch: {kind: CronJob, name: hourly, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'printers2/cronjob-suspended-last-schedule',
  source: 'printers.go printCronJob (printBoolPtr(Suspend), lastScheduleTime via translateTimestampSince); HumanDuration "%dh%dm"',
  args: ['--duration', '5h10m'],
  scenario,
  check(r, h) {
    h.eq(h.cronjob('hourly').status.lastScheduleTime, '2026-01-01T02:00:00Z', 'lastScheduleTime');
    const out = runText(scenario, ['--duration', '5h10m']);
    const row = rowOf(tableOf(out, 'cronjob.batch'), 'cronjob.batch/hourly');
    h.eq([row.SUSPEND, row.ACTIVE, row['LAST SCHEDULE'], row.AGE], ['True', '0', '3h10m', '5h10m'], 'hourly row');
    h.eq(tableOf(out, 'job.batch').rows.map((j) => [j.NAME, j.STATUS, j.AGE]), [
      ['job.batch/hourly-29453820', 'Complete', '4h10m'], ['job.batch/hourly-29453880', 'Complete', '3h10m'],
    ], 'jobs of 01:00 and 02:00');
  },
};
