// The same resume, but the patch also switches timeZone from America/New_York to its alias US/Eastern (same rules,
// different string): updateCronJob sees a timeZone change and only re-queues after nextScheduleTimeDuration
// (Next(05:00Z) = 06:00:00.1Z); nothing was pending (the 05:00:00.1 sync found it suspended). So no Job at the
// resume: at 06:00 the most recent slot is 06:00Z, and the 05:00Z slot never runs.
export default {
  id: 'cronrows/resume-with-timezone-alias-waits',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob "spec.timeZone changed"; cronjob_controllerv2.go updateCronJob (!ptr.Equal(oldCJ.Spec.TimeZone, newCJ.Spec.TimeZone) -> enqueueControllerAfter(nextScheduleTimeDuration), no immediate sync), syncCronJob (suspended: return nil requeue); utils.go mostRecentScheduleTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T03:30:00Z"
  duration: 2h35m
  timeline:
  - { at: "2026-01-01T04:10:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: true } } }
  - { at: "2026-01-01T05:40:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: false, timeZone: US/Eastern } } }
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
      ['2026-01-01T06:00:00Z', '2026-01-01T01:00:00-05:00'],
    ], 'no Job at the resume; 06:00Z on time');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
