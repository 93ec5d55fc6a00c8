// Image pulls take 1m; the Job is deleted at 30s while its pod's image is still being pulled (container never created).
// The kubelet terminates the pod; its status manager's TerminatePod gives every container that is not terminated the
// state terminated {exitCode 137, reason ContainerStatusUnknown, message "The container could not be located when the
// pod was terminated"} and moves the pod to phase Failed. A container can not stay "waiting: ContainerCreating" in a
// Failed pod.
export default {
  id: 'deletion/delete-during-image-pull-container-status',
  source: 'pkg/kubelet/status/status_manager.go TerminatePod (non-terminated containers -> ContainerStatusUnknown 137; Pending/Running -> Failed); status_manager_test.go TestTerminatePod expectUnknownState',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  latencies: {imagePull: 1m}
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 30], 'graceful deletion at 30s');
    h.eq(p.status.phase, 'Failed', 'terminal phase');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).length, 0, 'the container never started');
    const st = p.status.containerStatuses[0].state;
    h.eq(Object.keys(st), ['terminated'], 'container state is terminated');
    const t = st.terminated;
    h.eq([t.exitCode, t.reason, t.message], [137, 'ContainerStatusUnknown', 'The container could not be located when the pod was terminated'], 'terminated state');
  },
};
