// SCHEDULE prints spec.schedule verbatim (a macro stays "@hourly"); a CronJob suspended (timeline patch at 1h30m)
// while its Forbid Job still runs shows SUSPEND True and ACTIVE 1; LAST SCHEDULE is its last slot (1h, 70m ago),
// AGE counts from its creation by the timeline at 30m.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: macro}
spec:
  timeline:
    - at: 30m
      create:
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: hourly}
        spec:
          schedule: "@hourly"
          concurrencyPolicy: Forbid
          jobTemplate:
            spec:
              template:
                metadata: {annotations: {jobsim/duration: "5h"}}
                spec:
                  containers: [{name: c, image: busybox}]
                  restartPolicy: Never
    - {at: 90m, patch: {kind: CronJob, name: hourly, spec: {suspend: true}}}
`;
export default {
  id: 'printers/cronjob-macro-forbid-suspended-active',
  source: 'pkg/printers/internalversion/printers.go printCronJob (Schedule verbatim, printBoolPtr(Suspend), len(Status.Active), lastScheduleTime, creationTimestamp)',
  args: ['--duration', '2h10m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '2h10m']);
    const row = rowOf(tableOf(out, 'cronjob.batch'), 'cronjob.batch/hourly');
    h.eq([row.SCHEDULE, row.TIMEZONE, row.SUSPEND, row.ACTIVE, row['LAST SCHEDULE'], row.AGE], ['@hourly', '<none>', 'True', '1', '70m', '100m'], 'hourly row');
    const jobs = tableOf(out, 'job.batch').rows;
    h.eq(jobs.map((j) => [j.NAME, j.STATUS, j.DURATION, j.AGE]), [['job.batch/hourly-29453820', 'Running', '70m', '70m']], 'jobs');
  },
};
