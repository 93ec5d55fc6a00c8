// startingDeadlineSeconds bounds the (approximate) missed-slot count too. "*/1", the CronJob controller down from 30s to
// 3h00m30s. SDS 6000: earliest = now - 6000s = 01:20:30, t1 = 01:21, elapsed 5970s, n = 5970/60 + 1 = 100: not more than 100,
// no warning. SDS 6060: earliest = 01:19:30, t1 = 01:20, elapsed 6030s, n = 101 > 100: Warning TooManyMissedTimes. Both create
// the 03:00 Job at 03:00:30 in that sync.
export default {
  id: 'deadlines/sds-too-many-missed-boundary',
  source: 'pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliest lifted to now - SDS; numberOfMissedSchedules = elapsed/timeBetweenTwoSchedules + 1; > 100 -> manyMissed), nextScheduleTime (TooManyMissedTimes, still returns the most recent); reference cronjob-and-friends §2.3, §2.4',
  args: ['--duration', '3h1m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
    - {at: 30s, controllerDown: cronjob, for: 3h}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: d6000}
spec:
  schedule: "*/1 * * * *"
  startingDeadlineSeconds: 6000
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: d6060}
spec:
  schedule: "*/1 * * * *"
  startingDeadlineSeconds: 6060
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', name: 'd6000', type: 'Warning' }).length, 0, 'd6000 warnings');
    h.eq(h.events({ kind: 'CronJob', name: 'd6060', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew', 10830]], 'd6060 warnings');
    for (const cj of ['d6000', 'd6060']) {
      const late = h.jobsOf(cj).filter((j) => h.sec(j.metadata.creationTimestamp) > 60);
      h.eq(late.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]).slice(0, 1), [[`${cj}-29453940`, 10830]], `${cj} late Job`);
      h.eq(h.sec(h.cronjob(cj).status.lastScheduleTime), 10800, `${cj} lastScheduleTime`);
    }
  },
};
