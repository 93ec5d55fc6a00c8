// TestControllerV2UpdateCronJob "spec.timeZone changed": the handler only re-queues (AddAfter nextScheduleTimeDuration).
// "0 9 * * *" ran at 09:00Z; at 11:00Z timeZone becomes Atlantic/Azores (UTC-1 in January), whose 09:00 is 10:00Z, a
// slot already passed. nextScheduleTimeDuration asks for Next(10:00Z) = tomorrow 10:00:00.1Z, but the delaying queue
// keeps the earlier pending requeue (tomorrow 09:00:00.1Z). That sync finds the passed 10:00Z slot still unmet (t2 is
// not yet reached) and starts it 23h late; tomorrow's 10:00Z Job follows on time.
export default {
  id: 'cronrows/timezone-change-passed-slot-runs-at-old-requeue',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob "spec.timeZone changed"; cronjob_controllerv2.go updateCronJob (schedule or timeZone changed -> enqueueControllerAfter(nextScheduleTimeDuration)); utils.go mostRecentScheduleTime (now in [t1, t2) -> t1); client-go delaying_queue.go waitingLoop (an entry already waiting keeps the earlier readyAt)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T08:30:00Z"
  duration: 26h
  timeline:
  - { at: "2026-01-01T11:00:00Z", patch: { kind: CronJob, name: nine, spec: { timeZone: Atlantic/Azores } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nine}
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
    h.eq(h.jobsOf('nine').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['nine-29454300', '2026-01-01T09:00:00Z', '2026-01-01T09:00:00Z'],
      ['nine-29454360', '2026-01-02T09:00:00Z', '2026-01-01T09:00:00-01:00'],
      ['nine-29455800', '2026-01-02T10:00:00Z', '2026-01-02T09:00:00-01:00'],
    ], 'Jobs: the passed Azores slot runs at the old requeue, 23h late');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp), ['2026-01-01T09:00:00Z', '2026-01-02T09:00:00Z', '2026-01-02T10:00:00Z'], 'SuccessfulCreate times');
    h.eq(h.cronjob('nine').status.lastScheduleTime, '2026-01-02T10:00:00Z', 'lastScheduleTime');
  },
};
