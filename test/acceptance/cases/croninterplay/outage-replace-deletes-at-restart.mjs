// Replace and a CronJob controller outage (00:15-00:32) with a 1h Job running: at the restart the most recent
// missed slot (00:30) is due, so the running 00:10 Job is deleted (SuccessfulDelete) and cj-<00:30> created in the
// same sync, at 00:32; 00:20 is never run.
export default {
  id: 'croninterplay/outage-replace-deletes-at-restart',
  source: 'cronjob_controllerv2.go syncCronJob (ReplaceConcurrent), utils.go mostRecentScheduleTime (latest missed time only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 40m
  faults:
  - {at: 15m, controllerDown: cronjob, for: 17m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1920, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [1920, 'SuccessfulCreate', 'Created job cj-29453790'],
    ], 'CronJob events');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T00:30:00Z', 'lastScheduleTime');
  },
};
