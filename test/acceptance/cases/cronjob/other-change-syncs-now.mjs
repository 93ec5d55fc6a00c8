// A change other than the schedule (here startingDeadlineSeconds) enqueues the CronJob at once; after an outage-free
// suspension-free history this starts the most recent unmet slot immediately if it is still within the deadline.
export default {
  id: 'cronjob/other-change-syncs-now',
  source: 'cronjob_controllerv2.go updateCronJob (other parameters changed: enqueue now); reference §2.1, §2.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 58m
  faults:
  - { at: 5m, controllerDown: cronjob, for: 30m }
  timeline:
  - { at: 40m, patch: { kind: CronJob, name: oc, spec: { startingDeadlineSeconds: 900 } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: oc
spec:
  schedule: "*/30 * * * *"
  startingDeadlineSeconds: 60
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // 00:30 slot missed during the outage; at restart 00:35 it is 5m old > SDS 60 -> dropped, requeue 01:00.
    // at 00:40 SDS becomes 900: enqueue now, 00:30 is 10m old < 15m -> started at 00:40.
    h.eq(h.jobsOf('oc').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['oc-29453790', 2400]], '00:30 slot started at 00:40');
  },
};
