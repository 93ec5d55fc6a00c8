// restartPolicy OnFailure, every run exits 1 after 10s: runs 0-10s, 10-20s (restart at once), back-off 10s, 30-40s, then
// CrashLoopBackOff (20s) when the Job is deleted at 45s. The pod (grace 30: deletionTimestamp 75s) ends Failed. A pod
// being deleted is not restarted (ShouldContainerBeRestarted), so convertToAPIContainerStatuses does not turn the
// container Waiting: its status is the runtime's newest dead instance, the 30-40s run (exit 1, Error), with the one
// before it (10-20s) as lastState; TerminatePod leaves a terminated container alone. restartCount stays 2.
export default {
  id: 'deletion/delete-in-crashloop-container-status',
  source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted (DeletionTimestamp set: false); pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (newest instance the State, the second the LastTerminationState; Waiting only for a container to restart); status_manager.go TerminatePod (terminated containers kept); pod strategy CheckGracefulDelete',
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
    h.eq(Object.keys(cs.state), ['terminated'], 'container state is terminated, not waiting');
    h.eq([cs.state.terminated.exitCode, cs.state.terminated.reason, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [1, 'Error', 30, 40], 'the last run, from the runtime');
    h.eq([cs.lastState?.terminated?.exitCode, h.sec(cs.lastState?.terminated?.finishedAt)], [1, 20], 'the run before it in lastState');
  },
};
