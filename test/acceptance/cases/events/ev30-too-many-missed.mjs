// The CronJob controller is down for 2h with "*/1": at its return (+2h00m30s) Warning TooManyMissedTimes
// "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew", and, in
// the same sync, SuccessfulCreate for the latest slot (+2h00m).
export default {
  id: 'events/ev30-too-many-missed',
  source: 'cronjob/utils.go nextScheduleTime (missedSchedules == manyMissed -> Eventf(Warning, "TooManyMissedTimes", ...), still returns mostRecentTime); reference cronjob-and-friends.md §2.4, §8 item 1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tm}
spec:
  duration: 2h2m
  faults:
  - {at: 30s, controllerDown: cronjob, for: 2h}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every}
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const e = h.events({ kind: 'CronJob' }).filter((x) => h.sec(x.firstTimestamp) <= 7230).map((x) => [h.sec(x.firstTimestamp), x.type, x.reason, x.message]);
    h.eq(e, [
      [7230, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      [7230, 'Normal', 'SuccessfulCreate', 'Created job every-29453880'],
    ], 'events at the return');
    h.eq(h.events({ reason: 'TooManyMissedTimes' }).length, 1, 'once');
  },
};
