// CronJob concept page, "Unsupported TimeZone specification": "Specifying a timezone using CRON_TZ or TZ variables inside
// .spec.schedule is not officially supported" and since 1.29 the API server rejects it on create, pointing at timeZone.
export default {
  id: 'docsexamples/d36-cron-tz-in-schedule-rejected',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#unsupported-timezone-specification; pkg/apis/batch/validation/validation.go validateScheduleFormat',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "CRON_TZ=UTC 0 23 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.assert(r.stderr.includes('CronJob default/hello: spec.schedule: Invalid value: "CRON_TZ=UTC 0 23 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead'), `stderr: ${r.stderr}`);
  },
};
