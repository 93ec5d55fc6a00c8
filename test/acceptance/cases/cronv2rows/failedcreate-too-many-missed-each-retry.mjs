// After a 2h outage a "* * * * *" CronJob with a refused template is synced at 02:00:00: 120 missed minutes give
// TooManyMissedTimes, then FailedCreate for the 02:00 Job. lastScheduleTime never advances, so every rate-limited retry
// (5ms doubling) repeats the pair; the retry at 02:01:21.915 tries the 02:01 Job.
export default {
  id: 'cronv2rows/failedcreate-too-many-missed-each-retry',
  source: 'kubernetes pkg/controller/cronjob/utils.go nextScheduleTime (manyMissed -> Warning TooManyMissedTimes "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew"), mostRecentScheduleTime (numberOfMissedSchedules > 100); cronjob_controllerv2.go syncCronJob (FailedCreate "Error creating job: %v", status not advanced), processNextWorkItem (AddRateLimited); TestControllerV2SyncCronJob row "prev ran but done, long overdue, no deadline, A" (1 warning per sync)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2h2m
  faults:
  - { at: 30s, controllerDown: cronjob, for: 1h59m30s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
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
    const times = ['02:00:00', '02:00:00', '02:00:00', '02:00:00', '02:00:00', '02:00:00', '02:00:00', '02:00:00', '02:00:01', '02:00:02', '02:00:05', '02:00:10', '02:00:20', '02:00:40', '02:01:21'];
    h.eq(ev.map((e) => [e.firstTimestamp.slice(11, 19), e.reason]), times.flatMap((t) => [[t, 'TooManyMissedTimes'], [t, 'FailedCreate']]), 'a warning before each failed create');
    h.assert(ev.filter((e) => e.reason === 'TooManyMissedTimes').every((e) => e.type === 'Warning' && e.message === 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'), 'warning text');
    const fc = ev.filter((e) => e.reason === 'FailedCreate').map((e) => e.message.match(/Job\.batch "([^"]+)"/)[1]);
    h.eq(fc, [...times.slice(0, -1).map(() => 'cj-29453880'), 'cj-29453881'], 'the 02:00 Job, then the 02:01 Job');
    h.eq(h.cronjob('cj').status, {}, 'no lastScheduleTime');
  },
};
