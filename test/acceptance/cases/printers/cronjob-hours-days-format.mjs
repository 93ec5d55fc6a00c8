// d+h form: an hourly CronJob created at 0 and read after 3d2h30m: AGE 3d2h, LAST SCHEDULE 30m; Jobs kept by the
// default successfulJobsHistoryLimit 3 are 30m, 90m and 150m old (minutes below 3h).
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
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
  id: 'printers/cronjob-hours-days-format',
  source: 'k8s.io/apimachinery/pkg/util/duration HumanDuration (hours < 24*8: "%dd%dh"; minutes < 180: "%dm"); printCronJob',
  args: ['--duration', '74h30m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '74h30m']);
    const row = rowOf(tableOf(out, 'cronjob.batch'), 'cronjob.batch/hourly');
    h.eq([row['LAST SCHEDULE'], row.AGE], ['30m', '3d2h'], 'hourly row');
    h.eq(tableOf(out, 'job.batch').rows.map((j) => j.AGE), ['150m', '90m', '30m'], 'job ages');
  },
};
