// Deleting a running pod under restartPolicy OnFailure: the SIGTERM exit (non-zero) is not restarted
// because the pod is terminal (podIsTerminal); phase Failed, restartCount 0, no BackOff, one Killing.
export default {
  id: 'kubelet/delete-running-onfailure-no-restart',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (podIsTerminal: stopped != succeeded -> Failed, regardless of restart policy); kubelet.go SyncTerminatingPod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: g }
spec:
  duration: 5m
  timeline:
  - { at: 30s, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt)], [0, 143, 30], 'terminated once');
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'no BackOff');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).length, 1, 'no restart');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, 'Stopping container c']], 'Killing');
  },
};
