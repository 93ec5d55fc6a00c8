// activeDeadlineSeconds 30 passes while the Job controller is down (5s-60s) and the pod is still running (10m):
// on return FailureTarget DeadlineExceeded at 60s, the running pod deleted (grace 30: deletionTimestamp 90s) and
// counted failed; the kubelet kills it at once (143) so Failed follows in the next sync, at 61s.
export default {
  id: 'faults/cdjob-deadline-running-pod-killed',
  source: 'job_controller.go syncJob (pastActiveDeadline from status.startTime, deleteActivePods, every non-terminated pod counted failed when finished), enactJobFinished; README kubelet (SIGTERM exit 143 at once)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dr}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 55s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 60], ['Failed', 'DeadlineExceeded', 61]], 'conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0], [1, 0], '[failed, succeeded]');
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.status.phase, p.status.containerStatuses[0].state.terminated.exitCode], [90, 'Failed', 143], 'pod killed');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [60], 'SuccessfulDelete at the return');
  },
};
