// "@every 1h" ignores the zone when computing times (ConstantDelaySchedule: creation + 1h, truncated to the second),
// but the scheduled-timestamp annotation is still formatted in spec.timeZone: 11:00:00Z in Africa/Monrovia (1970,
// UTC-0:44:30) is "1970-01-01T10:15:30-00:44" (Go's Z07:00 drops the offset's seconds); the name uses Unix minutes.
export default {
  id: 'cronctl/every-in-lmt-zone-annotation',
  source: 'robfig/cron v3 constantdelay.go ConstantDelaySchedule.Next; kubernetes pkg/controller/cronjob/utils.go getJobFromTemplate2 (annotation In(timeZoneLocation).Format(time.RFC3339)); cronjob_controllerv2.go getJobName',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "1970-01-01T10:00:00Z"
  duration: 2h30m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: ev}
spec:
  schedule: "@every 1h"
  timeZone: Africa/Monrovia
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('ev').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['ev-660', '1970-01-01T11:00:00Z', '1970-01-01T10:15:30-00:44'],
      ['ev-720', '1970-01-01T12:00:00Z', '1970-01-01T11:15:30-00:44'],
    ], 'Jobs');
  },
};
