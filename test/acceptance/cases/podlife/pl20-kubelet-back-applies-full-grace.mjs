// Pod termination: "If the kubelet or the container runtime's management service is restarted while waiting for
// processes to terminate, the cluster retries from the start including the full original grace period." The node
// stops answering at 20s; the Job is deleted at 60s (the pod's deletionTimestamp is 90s, grace 30); nothing happens
// on the node until it is back at 140s. Its kubelet then stops the container with the pod's whole 30s grace
// (deletionGracePeriodSeconds), not the time left before the deletionTimestamp: Killing at 140s, and the container,
// which ignores SIGTERM, is SIGKILLed at 170s (137); the pod is Failed.
export default {
  id: 'podlife/pl20-kubelet-back-applies-full-grace',
  source: 'website content/en/docs/concepts/workloads/pods/pod-termination.md (intro: retries from the start including the full original grace period); pkg/kubelet/pod_workers.go calculateEffectiveGracePeriod (pod.DeletionGracePeriodSeconds); kuberuntime_container.go killContainer (StopContainer with that grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: back}
spec:
  duration: 5m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 20s, nodeDown: w-1, for: 2m}
  timeline:
  - {at: 60s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [90, 30], 'deletion recorded while the node is down');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [140], 'Killing when the kubelet is back');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [137, 170], 'SIGKILL 30s after the kill started');
    h.eq(p.status.phase, 'Failed', 'phase');
  },
};
