// restartPolicy OnFailure, every run exits 1 after 10s: runs 0-10s, 10-20s (restart at once), back-off 10s, 30-40s, then
// CrashLoopBackOff (20s) when the Job is deleted at 45s. The pod (grace 30: deletionTimestamp 75s) ends Failed; as for
// any container the kubelet could not observe terminating, TerminatePod turns the waiting container into terminated
// {137, ContainerStatusUnknown}; the last real run stays in lastState (exit 1) and restartCount stays 2.
export default {
  id: 'deletion/delete-in-crashloop-container-status',
  source: 'pkg/kubelet/status/status_manager.go TerminatePod (hasPodInitialized: no init containers -> every non-terminated container becomes ContainerStatusUnknown/137; phase -> Failed); pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 3m
  timeline:
  - {at: 45s, delete: {kind: Job, name: cl}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: cl}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('cl')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [75, 30], 'graceful deletion at 45s');
    h.eq(p.status.phase, 'Failed', 'terminal phase');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 2, 'two restarts before the deletion');
    h.eq([cs.lastState?.terminated?.exitCode, h.sec(cs.lastState?.terminated?.finishedAt)], [1, 40], 'last run in lastState');
    h.eq(Object.keys(cs.state), ['terminated'], 'container state is terminated, not waiting');
    h.eq([cs.state.terminated.exitCode, cs.state.terminated.reason], [137, 'ContainerStatusUnknown'], 'terminated by TerminatePod');
  },
};
