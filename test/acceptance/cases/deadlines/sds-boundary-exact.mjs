// The startingDeadlineSeconds boundary is strict because robfig's Next is strictly after its argument: the CronJob controller
// is down from 4m to 5m30s, the 00:05 slot is 30s old at its return. With SDS 30, earliest = now - 30s = 00:05:00 exactly and
// Next(00:05:00) = 00:10: the slot is dropped silently (no Job, no event) and the first Job is the 00:10 one. With SDS 31,
// earliest = 00:04:59, Next = 00:05 <= now: the 00:05 Job is created late, at 00:05:30, named and annotated for its slot,
// lastScheduleTime the nominal 00:05, its startTime the real 00:05:30.
export default {
  id: 'deadlines/sds-boundary-exact',
  source: 'pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliestTime = max(earliest, now - startingDeadlineSeconds); t1 = schedule.Next(earliestTime); now.Before(t1) -> none); robfig/cron SpecSchedule.Next (starts at t + 1s truncated); reference cronjob-and-friends §2.3, §2.6 h, §8.3',
  args: ['--duration', '11m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
    - {at: 4m, controllerDown: cronjob, for: 90s}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: s30}
spec:
  schedule: "*/5 * * * *"
  startingDeadlineSeconds: 30
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: s31}
spec:
  schedule: "*/5 * * * *"
  startingDeadlineSeconds: 31
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('s30').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['s30-29453770', 600]], 's30 jobs [name, created]');
    const j31 = h.jobsOf('s31');
    h.eq(j31.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['s31-29453765', 330], ['s31-29453770', 600]], 's31 jobs [name, created]');
    h.eq(j31[0].metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:05:00Z', 'late Job scheduled-timestamp');
    h.eq(h.sec(j31[0].status.startTime), 330, 'late Job startTime');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'CronJob warnings (MissSchedule unreachable)');
    h.eq(h.events({ kind: 'CronJob', name: 's30', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [600], 's30 creates');
  },
};
