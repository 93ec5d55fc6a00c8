// TestControllerV2UpdateCronJob "spec.timeZone not changed": updateCronJob compares schedule strings and timeZone
// values (ptr.Equal), so a patch that resumes the CronJob and restates its current schedule and timeZone is an "other
// change": synced at once. Suspended at 04:10Z after the 04:00Z run, resumed at 05:40Z: the 05:00Z
// slot (most recent unmet) runs at 05:40, then 06:00Z on time.
export default {
  id: 'cronrows/resume-restating-same-timezone-syncs-now',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob "spec.timeZone not changed" (expectedDelay 0); cronjob_controllerv2.go updateCronJob (oldCJ.Spec.Schedule != newCJ.Spec.Schedule || !ptr.Equal(TimeZone) -> AddAfter, else enqueueController)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T03:30:00Z"
  duration: 2h35m
  timeline:
  - { at: "2026-01-01T04:10:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: true } } }
  - { at: "2026-01-01T05:40:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: false, schedule: "0 * * * *", timeZone: America/New_York } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['2026-01-01T04:00:00Z', '2025-12-31T23:00:00-05:00'],
      ['2026-01-01T05:40:00Z', '2026-01-01T00:00:00-05:00'],
      ['2026-01-01T06:00:00Z', '2026-01-01T01:00:00-05:00'],
    ], 'the 05:00Z slot runs at the resume');
  },
};
