// Schedules are parsed by robfig/cron ParseStandard; its error text is what the API server returns.
const docs = [
  ['bad-hour', '0 25 * * *', 'end of range (25) above maximum (23): 25'],
  ['six', '0 0 * * * *', 'expected exactly 5 fields, found 6: [0 0 * * * *]'],
  ['desc', '@fortnightly', 'unrecognized descriptor: @fortnightly'],
  ['every', '@every 1x', 'failed to parse duration @every 1x: time: unknown unit "x" in duration "1x"'],
  ['sunday7', '0 0 * * 7', 'end of range (7) above maximum (6): 7'],
  ['backwards', '5-2 * * * *', 'beginning of range (5) beyond end of range (2): 5-2'],
  ['word', 'x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
];
export default {
  id: 'validation/cronjob-schedule-errors',
  source: 'pkg/apis/batch/validation/validation.go validateScheduleFormat (field.Invalid(schedule, err.Error())); robfig/cron v3 parser.go',
  exit: 2,
  scenario: docs.map(([n, s]) => `apiVersion: batch/v1
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
    for (const [n, s, msg] of docs) {
      const l = lines.find((x) => x.includes(`CronJob default/${n}: spec.schedule: Invalid value: ${JSON.stringify(s)}: `));
      h.assert(l, `no schedule error for ${n}: ${r.stderr.slice(0, 300)}`);
      h.assert(l.includes(msg), `${n}: robfig text ${JSON.stringify(msg)} in ${l}`);
    }
    h.eq(lines.filter((l) => l.includes('CronJob default/')).length, docs.length, 'one problem per CronJob');
  },
};
