// Removing activeDeadlineSeconds (merge patch null) before the deadline: the pending deadline
// re-sync finds no deadline and the Job completes normally.
export default {
  id: 'timeline/ads-removed-before-deadline',
  source: 'validation.go (activeDeadlineSeconds mutable); job_controller.go pastActiveDeadline (ActiveDeadlineSeconds == nil -> false), updateJob (curADS nil: no re-sync); reference job §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ads}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, spec: {activeDeadlineSeconds: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 60
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.spec.activeDeadlineSeconds, undefined, 'removed');
    h.noCond(j, 'Failed');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq(h.sec(j.status.completionTime), 121, 'completes after 2m + 1s');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).length, 0, 'no DeadlineExceeded');
  },
};
