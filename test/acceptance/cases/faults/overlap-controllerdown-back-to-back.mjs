// Two controllerDown job faults back to back (0s-1m, then 1m-2m): the Job controller is down for the whole
// 0s-2m, so the Job present from the start gets its pod at 2m. (A controller cannot come back while a fault
// still holds it down; the second outage must not be cancelled by the end of the first.)
export default {
  id: 'faults/overlap-controllerdown-back-to-back',
  source: 'CONTRACT.md §2 faults (controllerDown ... for: the controller is down for that long); job_controller.go (no sync while not running; addJob on relist)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: b2b}
spec:
  faults:
  - {at: 0s, controllerDown: job, for: 1m}
  - {at: 1m, controllerDown: job, for: 1m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: early}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('early').map((p) => h.sec(p.metadata.creationTimestamp)), [120], 'pod created when the second outage ends');
    h.eq(h.sec(h.job('early').status.startTime), 120, 'startTime');
  },
};
