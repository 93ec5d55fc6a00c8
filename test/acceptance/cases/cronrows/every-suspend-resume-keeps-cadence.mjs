// "@every 7m" (a constant delay from lastScheduleTime) suspended 00:15-00:40 after its 00:14 run. The resume syncs at
// once: t1 = 00:21, t2 = 00:28 are past, n = 1140s/420s + 1 = 3, the search from t1 + 7m finds 00:35 as the most
// recent slot: cj-<00:35> is created at 00:40 (no warning) and the cadence stays on the old grid: the next Job is
// 00:42 (Next(lastScheduleTime 00:35)), not 00:47.
export default {
  id: 'cronrows/every-suspend-resume-keeps-cadence',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob "with @every schedule, prev ran but done, is time" / "... is time, suspended"; utils.go mostRecentScheduleTime (potentialEarliest = t1 + (n-2)*between, then schedule.Next), nextScheduleTimeDuration (Next(lastScheduleTime) + 100ms); robfig/cron v3 ConstantDelaySchedule.Next',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 45m
  timeline:
  - { at: 15m, patch: { kind: CronJob, name: cj, spec: { suspend: true } } }
  - { at: 40m, patch: { kind: CronJob, name: cj, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "@every 7m"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['cj-29453767', 420, '2026-01-01T00:07:00Z'],
      ['cj-29453774', 840, '2026-01-01T00:14:00Z'],
      ['cj-29453795', 2400, '2026-01-01T00:35:00Z'],
      ['cj-29453802', 2520, '2026-01-01T00:42:00Z'],
    ], 'Jobs');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
