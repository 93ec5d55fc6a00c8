// The node is back 5s after the eviction (6-minute outage from 1m; evicted at 415s with a 30s grace,
// deletionTimestamp 445s): the kubelet stops the deleted pod at once on its return (Killing at 420s,
// exit 143 on SIGTERM, Failed). The Job had already counted it failed and created the replacement at
// 416s; that one is bound to w-1 when the taints go at the next monitor pass (425s).
export default {
  id: 'nodelife2/back-within-grace-of-eviction',
  source: 'kubelet killPod with the pod deletion grace (pod_workers.go); taint_eviction.go addConditionAndDeletePod; node_lifecycle_controller.go markNodeAsReachable (monitor pass); job_controller.go isPodFailed (TerminatingOrFailed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 6m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => h.sec(e.firstTimestamp)), [110], 'Unknown');
    h.eq(h.sec(a.metadata.deletionTimestamp), 445, 'deletionTimestamp');
    h.eq(h.events({ reason: 'Killing', name: a.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[420, 'Stopping container c']], 'Killing');
    const t = a.status.containerStatuses[0].state.terminated;
    h.eq([a.status.phase, t.exitCode, h.sec(t.finishedAt)], ['Failed', 143, 420], 'killed');
    h.eq(h.sec(b.metadata.creationTimestamp), 416, 'replacement created');
    h.eq(h.events({ reason: 'Scheduled', name: b.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [425], 'replacement bound when the taints go');
    h.eq(h.job('j').status.failed, 1, 'counted once');
  },
};
