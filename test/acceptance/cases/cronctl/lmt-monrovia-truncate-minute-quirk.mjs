// robfig/cron v3 SpecSchedule.Next truncates with t.Truncate(time.Minute), which works on absolute time, not on the
// wall clock. In a zone whose offset has seconds (Africa/Monrovia, UTC-0:44:30 in 1970) the first candidate after
// 10:03:21 local becomes 10:02:30 local, the seconds loop then carries it past the :05 minute, and "*/5 * * * *"
// first fires at 10:10:00 local (10:54:30Z), then every 5 minutes of wall clock (10:15:00 local = 10:59:30Z).
export default {
  id: 'cronctl/lmt-monrovia-truncate-minute-quirk',
  source: 'robfig/cron v3.0.1 spec.go SpecSchedule.Next (minute loop: t = t.Truncate(time.Minute); second loop wraps to WRAP); kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliest = creationTimestamp), getJobName',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "1970-01-01T10:47:50Z"
  duration: 13m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: m5}
spec:
  schedule: "*/5 * * * *"
  timeZone: Africa/Monrovia
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('m5').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['m5-654', '1970-01-01T10:54:30Z', '1970-01-01T10:10:00-00:44'],
      ['m5-659', '1970-01-01T10:59:30Z', '1970-01-01T10:15:00-00:44'],
    ], 'Jobs');
  },
};
