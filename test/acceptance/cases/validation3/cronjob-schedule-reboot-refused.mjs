// robfig/cron v3 has no @reboot descriptor: the API server refuses it with robfig's own error.
export default {
  id: 'validation3/cronjob-schedule-reboot-refused',
  source: 'pkg/apis/batch/validation/validation.go validateScheduleFormat (cron.ParseStandard error as field.Invalid on spec.schedule); github.com/robfig/cron/v3 parser.go parseDescriptor ("unrecognized descriptor: %s"); README (plain words before robfig text)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: rb
spec:
  schedule: "@reboot"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(lines[0].startsWith('6: CronJob default/rb: spec.schedule: Invalid value: "@reboot": '), lines[0]);
    h.assert(lines[0].includes('unrecognized descriptor: @reboot'), `robfig text: ${lines[0]}`);
  },
};
