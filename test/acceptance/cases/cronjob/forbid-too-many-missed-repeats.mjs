// Forbid never advances lastScheduleTime while blocked, so once 100 slots have passed since it, every sync also warns
// TooManyMissedTimes (before the JobAlreadyActive of the same sync).
export default {
  id: 'cronjob/forbid-too-many-missed-repeats',
  source: 'reference cronjob-and-friends §2.4 (warning whenever MANY and a most recent time exists), §2.6 j (lastScheduleTime not advanced under Forbid)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 1h50m30s
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: fm
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "3h"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('fm').length, 1, 'one Job');
    const many = h.events({ kind: 'CronJob', reason: 'TooManyMissedTimes' }).map((e) => h.sec(e.firstTimestamp) / 60);
    h.eq(many, [102, 103, 104, 105, 106, 107, 108, 109, 110], 'a warning each minute from 01:42 (n = 101) to 01:50');
    const blocked = h.events({ kind: 'CronJob', reason: 'JobAlreadyActive' });
    h.eq(blocked.length, 109, 'JobAlreadyActive at 00:02 .. 01:50');
    const at = (m) => h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) === m * 60).map((e) => e.reason);
    h.eq(at(102), ['TooManyMissedTimes', 'JobAlreadyActive'], 'order within a sync');
    h.eq(h.cronjob('fm').status.lastScheduleTime, '2026-01-01T00:01:00Z', 'lastScheduleTime stays at the first slot');
  },
};
