// Multi-day ages: a weekly CronJob (Sundays 00:00 UTC; 2026-01-01 is a Thursday) after 9d has AGE 9d and
// LAST SCHEDULE 6d (2026-01-04); its Job of 2026-01-04 is 6d old and took 11s.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: weekly}
spec:
  schedule: "0 0 * * 0"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'printers/cronjob-multiday-age',
  source: 'pkg/printers/internalversion/printers.go printCronJob / printJob with duration.HumanDuration day formats',
  args: ['--duration', '9d'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '9d']);
    const row = rowOf(tableOf(out, 'cronjob.batch'), 'cronjob.batch/weekly');
    h.eq([row.ACTIVE, row['LAST SCHEDULE'], row.AGE], ['0', '6d', '9d'], 'weekly row');
    const jobs = tableOf(out, 'job.batch').rows;
    h.eq(jobs.map((j) => [j.NAME, j.STATUS, j.COMPLETIONS, j.DURATION, j.AGE]), [['job.batch/weekly-29458080', 'Complete', '1/1', '11s', '6d']], 'jobs');
  },
};
