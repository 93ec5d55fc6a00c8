// controllerDown job 5s-15s: the pod fails at 10s while the controller is down. On return the relist counts it
// (newBackoffRecord from the new failed pods: 1 failure, lastFailureTime = the container's finishedAt, 10s), so
// the replacement waits the remaining 5s of the 10s back-off: created at 20s, not at the return (15s) nor 10s
// after it (25s).
export default {
  id: 'faults/cdjob-backoff-from-finish-time',
  source: 'pkg/controller/job/backoff_utils.go newBackoffRecord (lastFailureTime = getFinishedTime of the newest failed pod), getRemainingTime; job_controller.go manageJob (enqueueSyncJobWithDelay remainingTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bo}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j');
    h.eq(p.map((x) => h.sec(x.metadata.creationTimestamp)), [0, 20], 'pod creation times');
    h.eq(h.sec(p[0].status.containerStatuses[0].state.terminated.finishedAt), 10, 'first pod failed at 10s');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.succeeded], [1, 1], '[failed, succeeded]');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 31, 'Complete at 31s (pod update batched 1s)');
  },
};
