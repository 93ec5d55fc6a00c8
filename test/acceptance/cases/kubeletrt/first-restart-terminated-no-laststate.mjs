// OnFailure, 3s container start latency, every 10s run exits 1: the first exit (13s) is restarted with no back-off,
// the new container starting at 16s. Cut at 15s the status shows the only dead instance as state.terminated (3-13,
// exit 1, Error) and an EMPTY lastState (convertToAPIContainerStatuses fills LastTerminationState only from a second
// dead instance, or from the reason cache's Waiting, which a first restart never has); restartCount 0.
export default {
  id: 'kubeletrt/first-restart-terminated-no-laststate',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (containerSeen: first instance -> State, second -> LastTerminationState; reasonCache miss -> "we prefer the original state here"); pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff (no entry -> no back-off)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: first }
spec:
  duration: 15s
  latencies: { containerStart: 3s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: cl }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('cl')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const cs = p.status.containerStatuses[0];
    const t = cs.state.terminated;
    h.eq([t?.exitCode, t?.reason, h.sec(t?.startedAt), h.sec(t?.finishedAt)], [1, 'Error', 3, 13], 'state.terminated');
    h.eq([cs.restartCount, cs.ready, cs.started], [0, false, false], 'restartCount/ready/started');
    h.eq(cs.lastState?.terminated, undefined, 'lastState.terminated (one dead instance only)');
  },
};
