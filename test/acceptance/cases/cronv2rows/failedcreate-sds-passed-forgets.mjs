// A refused create retried with back-off (5ms doubling) stops once the slot is past startingDeadlineSeconds 30: the retry
// at 00:10:41.055 finds no unmet time (Next(now - 30s) = 00:20), returns a requeue (Forget + AddAfter to 00:20:00.1)
// with no event (no MissSchedule); at 00:20 the next slot fails again with the back-off started afresh.
export default {
  id: 'cronv2rows/failedcreate-sds-passed-forgets',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go processNextWorkItem (err -> AddRateLimited; requeueAfter != nil -> Forget, AddAfter), syncCronJob (CreateJob error -> FailedCreate; scheduledTime == nil -> requeue nextScheduleTimeDuration, no event); utils.go mostRecentScheduleTime (includeStartingDeadlineSeconds: earliest = now - SDS), nextScheduleTimeDuration (without SDS: Next(00:10)); client-go ItemExponentialFailureRateLimiter (5ms*2^n, Forget resets)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 21m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 30
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job-name: custom}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    h.assert(ev.every((e) => e.reason === 'FailedCreate' && e.type === 'Warning'), `only FailedCreate: ${[...new Set(ev.map((e) => e.reason))]}`);
    const secs = ['00', '00', '00', '00', '00', '00', '00', '00', '01', '02', '05', '10', '20'];
    h.eq(ev.map((e) => e.firstTimestamp.slice(11, 19)), [...secs.map((s) => `00:10:${s}`), ...secs.map((s) => `00:20:${s}`)], 'two identical bursts: 00:10:00-00:10:20 (none at 00:10:41) and 00:20:00-00:20:20');
    h.eq(ev.map((e) => e.message.match(/Job\.batch "([^"]+)"/)[1]), [...secs.map(() => 'cj-29453770'), ...secs.map(() => 'cj-29453780')], 'the 00:10 Job, then the 00:20 Job');
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.cronjob('cj').status, {}, 'status untouched');
  },
};
