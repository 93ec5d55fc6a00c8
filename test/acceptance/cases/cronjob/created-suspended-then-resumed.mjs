// A CronJob created suspended has no lastScheduleTime; on resume (no SDS) the look-back starts at creationTimestamp and
// the most recent slot runs at once; only that one.
export default {
  id: 'cronjob/created-suspended-then-resumed',
  source: 'reference cronjob-and-friends §2.6 e, §2.3 (earliest = lastScheduleTime ?? creationTimestamp)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 3h5m
  timeline:
  - { at: 2h30m, patch: { kind: CronJob, name: s, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: s
spec:
  schedule: "0 * * * *"
  suspend: true
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('s').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['s-29453880', 9000], ['s-29453940', 10800]], '02:00 slot at 02:30, then 03:00');
  },
};
