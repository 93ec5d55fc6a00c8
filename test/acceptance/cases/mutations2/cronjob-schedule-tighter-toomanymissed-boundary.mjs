// Daily CronJobs ran at 1d 00:00. Their schedule becomes "* * * * *": a at 1d 01:40, b at 1d 01:39. Each handler
// requeues for the next minute (01:41:00.1 / 01:40:00.1). The sync's rough count of missed times since
// lastScheduleTime is elapsed(now - 00:01)/60s + 1: 6000/60+1 = 101 > 100 for a (Warning TooManyMissedTimes, then
// the Job, as the count is only advisory), 5940/60+1 = 100 for b (no warning).
export default {
  id: 'mutations2/cronjob-schedule-tighter-toomanymissed-boundary',
  source: 'cronjob_controllerv2.go updateCronJob (schedule changed: AddAfter(nextScheduleTimeDuration)); utils.go mostRecentScheduleTime (numberOfMissedSchedules = timeElapsed/timeBetweenTwoSchedules + 1; > 100 manyMissed), nextScheduleTime (Eventf Warning TooManyMissedTimes); reference cronjob §2.3',
  args: ['--duration', '1d1h43m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 1d1h40m, patch: {kind: CronJob, name: a, spec: {schedule: "* * * * *"}}}
  - {at: 1d1h39m, patch: {kind: CronJob, name: b, spec: {schedule: "* * * * *"}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: a}
spec:
  schedule: "0 0 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: b}
spec:
  schedule: "0 0 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const warn = h.events({ reason: 'TooManyMissedTimes' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp), e.type, e.message]);
    h.eq(warn, [['a', 92460, 'Warning', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew']], 'TooManyMissedTimes');
    h.eq(h.jobsOf('a').map((j) => h.sec(j.metadata.creationTimestamp)), [86400, 92460, 92520], 'a Jobs');
    h.eq(h.jobsOf('b').map((j) => h.sec(j.metadata.creationTimestamp)), [86400, 92400, 92460, 92520], 'b Jobs');
  },
};
