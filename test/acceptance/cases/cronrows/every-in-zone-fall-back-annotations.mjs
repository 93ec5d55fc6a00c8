// TestGetJobFromTemplate2 (annotation in spec.timeZone) with "@every 45m" across the 2026-11-01 fall-back in
// America/New_York: @every ignores the zone (creation 05:00Z + 45m steps: 05:45Z, 06:30Z, 07:15Z), but each Job's
// scheduled-timestamp annotation is the slot in the zone, so the local times go 01:45 EDT, 01:30 EST, 02:15 EST
// (-04:00 then -05:00) while names and creation times keep 45-minute steps.
export default {
  id: 'cronrows/every-in-zone-fall-back-annotations',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestGetJobFromTemplate2 "correct timezone and multiple annotation" (scheduledTime.In(location).Format(RFC3339)); utils.go getJobFromTemplate2; robfig/cron v3 parser ("TZ=<zone> @every" -> ConstantDelaySchedule, zone unused)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-11-01T05:00:00Z"
  duration: 2h20m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@every 45m"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29891865', '2026-11-01T05:45:00Z', '2026-11-01T01:45:00-04:00'],
      ['cj-29891910', '2026-11-01T06:30:00Z', '2026-11-01T01:30:00-05:00'],
      ['cj-29891955', '2026-11-01T07:15:00Z', '2026-11-01T02:15:00-05:00'],
    ], 'Jobs');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-11-01T07:15:00Z', 'lastScheduleTime in UTC');
  },
};
