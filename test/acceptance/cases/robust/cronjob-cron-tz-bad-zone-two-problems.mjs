// validateScheduleFormat reports the robfig parse error and the TZ rule separately: "CRON_TZ=Bad/Zone * * * * *"
// gets both (the bad location, then "cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
// "TZ=UTC * * * * *" parses, so it gets only the TZ one, even with spec.timeZone set (a new object:
// allowTZInSchedule is false).
export default {
  id: 'robust/cronjob-cron-tz-bad-zone-two-problems',
  source: 'pkg/apis/batch/validation/validation.go validateScheduleFormat (cron.ParseStandard error, then the TZ switch)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: a}
spec:
  schedule: "CRON_TZ=Bad/Zone * * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: b}
spec:
  schedule: "TZ=UTC * * * * *"
  timeZone: UTC
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 3, `three problems: ${lines.join(' | ')}`);
    h.assert(/^5:3: CronJob default\/a: spec\.schedule: Invalid value: "CRON_TZ=Bad\/Zone \* \* \* \* \*": .*provided bad location Bad\/Zone: unknown time zone Bad\/Zone/.test(lines[0]), lines[0]);
    h.eq(lines[1], '5:3: CronJob default/a: spec.schedule: Invalid value: "CRON_TZ=Bad/Zone * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead', 'a TZ');
    h.eq(lines[2], '17:3: CronJob default/b: spec.schedule: Invalid value: "TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead', 'b TZ');
  },
};
