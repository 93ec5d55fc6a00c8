// startingDeadlineSeconds: a slot missed by more than the deadline is dropped with no event and no status change;
// one missed by less is started late.
export default {
  id: 'cronjob/sds-drops-slot-silently',
  source: 'reference cronjob-and-friends §2.6 h (MissSchedule unreachable), §8.3; §2.3 earliest = max(earliest, now - SDS)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 1h
  faults:
  - { at: 15m, controllerDown: cronjob, for: 32m }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: short
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 300
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: long
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 600
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('short').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['short-29453770', 600], ['short-29453810', 3000]], 'short: 00:10 and 00:50 only');
    h.eq(h.jobsOf('long').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['long-29453770', 600], ['long-29453800', 2820], ['long-29453810', 3000]], 'long: 00:40 slot started at 00:47');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no MissSchedule or other warning');
    h.eq(h.events({ kind: 'CronJob', name: 'short' }).filter((e) => h.sec(e.firstTimestamp) === 2820).length, 0, 'short: nothing at all at 00:47');
  },
};
