// ACTIVE is len(status.active): with Allow and Jobs running 150s on a minutely schedule, the Jobs scheduled at
// 8m, 9m and 10m are active at 10m15s (the 7m one finished at 9m30s); LAST SCHEDULE 15s, AGE 10m (minutes from 10m on).
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: every}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "150s"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'printers/cronjob-active-count',
  source: 'pkg/printers/internalversion/printers.go printCronJob (int64(len(obj.Status.Active)))',
  args: ['--duration', '10m15s'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '10m15s']);
    const row = rowOf(tableOf(out, 'cronjob.batch'), 'cronjob.batch/every');
    h.eq([row.ACTIVE, row['LAST SCHEDULE'], row.AGE], ['3', '15s', '10m'], 'every row');
    h.eq(h.cronjob('every').status.active.length, 3, 'status.active');
    const jobs = tableOf(out, 'job.batch').rows;
    h.eq(jobs.filter((j) => j.STATUS === 'Running').map((j) => [j.NAME, j.DURATION]), [
      ['job.batch/every-29453768', '2m15s'], ['job.batch/every-29453769', '75s'], ['job.batch/every-29453770', '15s'],
    ], 'running Jobs and their DURATION');
  },
};
