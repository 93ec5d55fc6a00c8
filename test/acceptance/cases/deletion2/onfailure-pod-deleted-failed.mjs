// restartPolicy OnFailure, terminationGracePeriodSeconds 5, container of 1h: the Job is deleted at 25s, the GC deletes the
// pod (deletionTimestamp 30s, grace 5), the kubelet kills the container (exit 143, reason Error). A pod being terminated
// is not restarted whatever its policy: getPhase with podIsTerminal gives Failed (a container failed), restartCount 0.
export default {
  id: 'deletion2/onfailure-pod-deleted-failed',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (podIsTerminal: stopped == succeeded ? Succeeded : Failed, regardless of restart policy); pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 25s, delete: {kind: Job, name: of}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: of}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      terminationGracePeriodSeconds: 5
      containers: [{name: c, image: busybox}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('of')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation], [30, 5, 2], 'graceful deletion');
    h.eq(p.status.phase, 'Failed', 'phase');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.state.terminated?.exitCode, cs.state.terminated?.reason, cs.restartCount, h.sec(cs.state.terminated?.finishedAt)], [143, 'Error', 0, 25], 'killed, not restarted');
  },
};
