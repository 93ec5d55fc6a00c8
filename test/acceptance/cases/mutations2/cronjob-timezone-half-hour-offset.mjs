// timeZone patched from unset to Asia/Kolkata (+05:30) at 01:10Z after the 01:00Z run of "0 * * * *": the handler
// requeues for Next(lastScheduleTime) in the new zone, 07:00 IST = 01:30Z (earlier than the pending 02:00:00.1),
// so Jobs run at 01:30Z and 02:30Z; the scheduled-timestamp annotation is written in the new zone.
export default {
  id: 'mutations2/cronjob-timezone-half-hour-offset',
  source: 'cronjob_controllerv2.go updateCronJob (!ptr.Equal(old.TimeZone, new.TimeZone): AddAfter(nextScheduleTimeDuration)); utils.go getJobFromTemplate2 (cronjob-scheduled-timestamp in the CronJob time zone, RFC 3339); getJobName (minutes since epoch)',
  args: ['--duration', '3h'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 70m, patch: {kind: CronJob, name: tz, spec: {timeZone: Asia/Kolkata}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: tz}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('tz').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['tz-29453820', 3600, '2026-01-01T01:00:00Z'],
      ['tz-29453850', 5400, '2026-01-01T07:00:00+05:30'],
      ['tz-29453910', 9000, '2026-01-01T08:00:00+05:30'],
    ], 'Jobs [name, created, scheduled-timestamp]');
    h.eq(h.sec(h.cronjob('tz').status.lastScheduleTime), 9000, 'lastScheduleTime 02:30Z');
  },
};
