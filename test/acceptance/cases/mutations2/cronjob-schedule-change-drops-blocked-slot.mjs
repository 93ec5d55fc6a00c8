// Forbid blocks the 00:20 slot of "*/10" (the 00:10 Job runs 17m). The schedule is changed to "0 * * * *" at 00:25:
// when the 00:10 Job completes (00:27:01) the sync looks for unmet times of the *new* schedule since lastScheduleTime
// 00:10 and finds none, so the blocked 00:20 run never happens; the next Job is 01:00's.
export default {
  id: 'mutations2/cronjob-schedule-change-drops-blocked-slot',
  source: 'cronjob_controllerv2.go updateCronJob (schedule changed: AddAfter(nextScheduleTimeDuration)), syncCronJob (nextScheduleTime with the current spec; Job completion enqueues the CronJob), utils.go mostRecentScheduleTime',
  args: ['--duration', '70m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 25m, patch: {kind: CronJob, name: cj, spec: {schedule: "0 * * * *"}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 17m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['cj-29453770', 600], ['cj-29453820', 3600]], 'Jobs');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[600, 'SuccessfulCreate'], [1200, 'JobAlreadyActive'], [1621, 'SawCompletedJob'], [3600, 'SuccessfulCreate']], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq([h.sec(cj.status.lastScheduleTime), h.sec(cj.status.lastSuccessfulTime), cj.status.active.length], [3600, 1621, 1], '[lastScheduleTime, lastSuccessfulTime, active]');
  },
};
