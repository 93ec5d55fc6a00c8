// "still active, is time, past deadline" under Replace: the 01:00 Job (150m) runs; the CronJob controller is down
// 01:55-02:01 and startingDeadlineSeconds is 10, so at the restart the 02:00 slot is out of the look-back window
// (earliest = now - 10s, Next = 03:00): nothing is created and - since the deadline check comes before the Replace
// branch - nothing is deleted; no event. The running Job is replaced only at 03:00.
export default {
  id: 'cronrows/replace-past-deadline-keeps-running-job',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob "still active, is time, past deadline" (no create, no delete, expectActive 1) and "still active, is time, R"; utils.go mostRecentScheduleTime (includeStartingDeadlineSeconds: earliest = now - SDS); cronjob_controllerv2.go syncCronJob (scheduledTime nil -> requeue before the Replace deletes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T00:30:00Z"
  duration: 2h35m
  faults:
  - { at: "2026-01-01T01:55:00Z", controllerDown: cronjob, for: 6m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Replace
  startingDeadlineSeconds: 10
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 150m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T01:00:00Z', 'SuccessfulCreate', 'Created job cj-29453820'],
      ['2026-01-01T03:00:00Z', 'SuccessfulDelete', 'Deleted job cj-29453820'],
      ['2026-01-01T03:00:00Z', 'SuccessfulCreate', 'Created job cj-29453940'],
    ], 'nothing at the 02:01 restart');
    h.eq(h.job('cj-29453820').metadata.deletionTimestamp, '2026-01-01T03:00:00Z', 'the 01:00 Job ran until 03:00');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T03:00:00Z', 'lastScheduleTime');
  },
};
