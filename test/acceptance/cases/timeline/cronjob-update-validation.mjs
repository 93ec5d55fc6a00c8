// CronJob patches are validated with ValidateCronJobUpdate: TZ in the schedule is refused when the
// old schedule had none, a changed timeZone must load, non-negative deadlines and limits, the
// concurrencyPolicy enum, the job template rules, a removed schedule.
export default {
  id: 'timeline/cronjob-update-validation',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobUpdate, validateCronJobSpec, validateScheduleFormat ("cannot use TZ or CRON_TZ in schedule, use timeZone field instead"), validateTimeZone (checked only when changed; "timeZone must be nil or non-empty string"; time.LoadLocation "unknown time zone X"), validateConcurrencyPolicy, ValidateJobTemplateSpec ("`selector` will be auto-generated")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cjv}
spec:
  timeline:
  - {at: 1m, patch: {kind: CronJob, name: cj, spec: {schedule: "TZ=Europe/Berlin 0 * * * *"}}}
  - {at: 2m, patch: {kind: CronJob, name: cj, spec: {timeZone: Mars/Olympus}}}
  - {at: 3m, patch: {kind: CronJob, name: cj, spec: {startingDeadlineSeconds: -1, successfulJobsHistoryLimit: -1}}}
  - {at: 4m, patch: {kind: CronJob, name: cj, spec: {concurrencyPolicy: Sometimes}}}
  - {at: 5m, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {selector: {matchLabels: {a: b}}}}}}}
  - {at: 6m, patch: {kind: CronJob, name: cj, spec: {schedule: null}}}
  - {at: 7m, patch: {kind: CronJob, name: cj, spec: {timeZone: ""}}}
  - {at: 8m, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {completionMode: Indexed}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '6: CronJob default/cj: spec.schedule: Invalid value: "TZ=Europe/Berlin 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead',
      '7: CronJob default/cj: spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus',
      '8: CronJob default/cj: spec.startingDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0',
      '8: CronJob default/cj: spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
      '9: CronJob default/cj: spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"',
      '10: CronJob default/cj: spec.jobTemplate.spec.selector: Invalid value: "object": `selector` will be auto-generated',
      '11: CronJob default/cj: spec.schedule: Required value',
      '12: CronJob default/cj: spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string',
      '13: CronJob default/cj: spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed',
    ], 'problems');
  },
};
