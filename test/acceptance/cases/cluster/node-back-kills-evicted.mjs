// Evicted pod stuck Terminating; when the node comes back its kubelet stops it (Killing "Stopping
// container c"), SIGTERM exit 143, phase Failed, and removes it.
export default {
  id: 'cluster/node-back-kills-evicted',
  source: 'cronjob-and-friends.md §5.3 (node comes back: kubelet kills it, phase Failed); kuberuntime killContainer event "Stopping container %s"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "30m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('j').find((p) => p.spec.nodeName === 'w-1' && h.sec(p.metadata.creationTimestamp) === 0);
    const k = h.events({ reason: 'Killing', name: pod.metadata.name });
    h.eq(k.map((e) => [h.sec(e.firstTimestamp), e.message, e.source.component]), [[660, 'Stopping container c', 'kubelet']], 'Killing at the return');
    h.eq(pod.status.phase, 'Failed', 'phase');
    const t = pod.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [143, 'Error', 660], 'terminated');
    h.eq(h.job('j').status.failed, 1, 'counted once');
  },
};
