// One patch that both resumes a CronJob and changes its schedule goes down updateCronJob's "schedule changed" branch
// only: AddAfter(nextScheduleTimeDuration) with the new schedule, no immediate sync. Nothing was queued while it was
// suspended, so the 01:15 slot missed before the patch never runs; the first Job is the 02:15 one, on time.
export default {
  id: 'cronsync/unsuspend-with-schedule-change-waits',
  source: 'cronjob_controllerv2.go updateCronJob (Schedule or TimeZone changed: enqueueControllerAfter(nextScheduleTimeDuration) and return; only other changes enqueue now), syncCronJob (suspend: no requeue); utils.go nextScheduleTimeDuration',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2h20m
  timeline:
  - { at: 90m, patch: { kind: CronJob, name: cj, spec: { suspend: false, schedule: "15 * * * *" } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  suspend: true
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T02:15:00Z', 'Created job cj-29453895'],
    ], 'first Job at 02:15, the missed 01:15 slot never runs');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T02:15:00Z', 'lastScheduleTime');
  },
};
