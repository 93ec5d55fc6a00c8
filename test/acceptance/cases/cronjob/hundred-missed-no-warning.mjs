// Exactly 100 (approximate) missed slots: n = 100 is not more than 100, so no TooManyMissedTimes warning.
export default {
  id: 'cronjob/hundred-missed-no-warning',
  source: 'reference cronjob-and-friends §2.3 (n = floor(elapsed/between)+1; MANY only when n > 100)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 1h42m
  faults:
  - { at: 1m30s, controllerDown: cronjob, for: 100m }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: every
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // back at 01:41:30: t1 = 00:02, elapsed 99m30s -> n = 100
    h.eq(h.events({ kind: 'CronJob', reason: 'TooManyMissedTimes' }).length, 0, 'no TooManyMissedTimes');
    h.eq(h.sec(h.job('every-29453861').metadata.creationTimestamp), 6090, '01:41 slot created at the restart 01:41:30');
  },
};
