// A Job created suspended: exactly one event, Normal Suspended "Job suspended" at creation; no pod events.
export default {
  id: 'events/ev05-created-suspended',
  source: 'job_controller.go syncJob (suspended branch of the manageJobCalled block); reference job-controller.md §8, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  duration: 10m
---
apiVersion: batch/v1
kind: Job
metadata: {name: cs}
spec:
  suspend: true
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    h.eq(r.events.map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp), e.source.component]), [['Normal', 'Suspended', 'Job suspended', 0, 'job-controller']], 'events');
  },
};
