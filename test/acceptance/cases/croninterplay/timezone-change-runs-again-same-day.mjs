// timeZone patched from unset (UTC) to America/New_York at 10:00Z after the 09:00Z run: the handler requeues for
// Next(lastScheduleTime) in the new zone, 09:00 EST = 14:00Z the same day (earlier than the pending 09:00Z tomorrow,
// so it replaces it). The Job runs twice that day; the new Job's annotation is in the new zone.
export default {
  id: 'croninterplay/timezone-change-runs-again-same-day',
  source: 'cronjob_controllerv2.go updateCronJob (TimeZone changed: same path as a schedule change), formatSchedule (TZ= prefix), getJobFromTemplate2 (annotation in spec.timeZone)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 40h
  timeline:
  - {at: 10h, patch: {kind: CronJob, name: cj, spec: {timeZone: America/New_York}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 9 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29454300', 32400, '2026-01-01T09:00:00Z'],
      ['cj-29454600', 50400, '2026-01-01T09:00:00-05:00'],
      ['cj-29456040', 136800, '2026-01-02T09:00:00-05:00'],
    ], 'Jobs');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-02T14:00:00Z', 'lastScheduleTime is UTC in status');
  },
};
