// Two containers that both crash under OnFailure: doBackOff runs per container, so each gets its own
// Warning BackOff "Back-off restarting failed container <name> in pod <pod>_<ns>(<uid>)" at the first
// exit that must wait (20s), and both show CrashLoopBackOff.
export default {
  id: 'kubelet/multi-container-backoff',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions/doBackOff (per container key GetStableKey(pod, container))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 25s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: cl }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: xa, image: busybox:1.36 }, { name: xb, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('cl')[0];
    const suffix = ` in pod ${p.metadata.name}_default(${p.metadata.uid})`;
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]).sort(), [
      [20, 'Warning', 'Back-off restarting failed container xa' + suffix],
      [20, 'Warning', 'Back-off restarting failed container xb' + suffix],
    ], 'BackOff events');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.state.waiting?.reason, c.restartCount]), [['xa', 'CrashLoopBackOff', 1], ['xb', 'CrashLoopBackOff', 1]], 'statuses');
  },
};
