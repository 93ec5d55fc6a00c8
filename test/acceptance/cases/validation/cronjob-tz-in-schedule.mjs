// TZ= / CRON_TZ= in the schedule is rejected on create; a bad zone in it also fails robfig's parse.
export default {
  id: 'validation/cronjob-tz-in-schedule',
  source: 'pkg/apis/batch/validation/validation.go validateScheduleFormat ("cannot use TZ or CRON_TZ in schedule, use timeZone field instead"); robfig/cron v3 ("provided bad location %s: %w")',
  exit: 2,
  scenario: [['a', 'TZ=UTC 0 0 * * *'], ['b', 'CRON_TZ=Europe/Berlin 0 0 * * *'], ['c', 'TZ=Mars/Phobos 0 0 * * *']].map(([n, s]) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "${s}"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    const tz = (n, s) => `CronJob default/${n}: spec.schedule: Invalid value: "${s}": cannot use TZ or CRON_TZ in schedule, use timeZone field instead`;
    h.assert(lines.some((l) => l.endsWith(tz('a', 'TZ=UTC 0 0 * * *'))), `a: ${r.stderr.slice(0, 300)}`);
    h.eq(lines.filter((l) => l.includes('CronJob default/a:')).length, 1, 'a: one problem');
    h.assert(lines.some((l) => l.endsWith(tz('b', 'CRON_TZ=Europe/Berlin 0 0 * * *'))), 'b');
    h.assert(lines.some((l) => l.endsWith(tz('c', 'TZ=Mars/Phobos 0 0 * * *'))), 'c TZ rule');
    h.assert(lines.some((l) => l.includes('CronJob default/c: spec.schedule: Invalid value: "TZ=Mars/Phobos 0 0 * * *": ') && l.includes('provided bad location Mars/Phobos: unknown time zone Mars/Phobos')), 'c robfig location error');
  },
};
