// CronJob concept page, "Time zones": "you can specify a time zone for a CronJob by setting .spec.timeZone to the name of a
// valid time zone. For example, setting .spec.timeZone: "Etc/UTC" instructs Kubernetes to interpret the schedule relative
// to Coordinated Universal Time." A daily 0 23 * * * run at 23:00Z; the scheduled-timestamp annotation is written in that
// zone (Z) and the Job is named after the UTC minute.
export default {
  id: 'docsexamples/d37-timezone-etc-utc',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones; cronjob_controllerv2.go getJobFromTemplate2 (annotation in timeZone); reference cronjob-and-friends §1.3',
  args: ['--duration', '24h'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "0 23 * * *"
  timeZone: "Etc/UTC"
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
    h.eq(h.jobsOf('hello').map((j) => [j.metadata.name, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], h.sec(j.metadata.creationTimestamp)]), [
      ['hello-29455140', '2026-01-01T23:00:00Z', 82800]], 'one run');
  },
};
