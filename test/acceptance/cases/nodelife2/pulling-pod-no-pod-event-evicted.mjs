// The pod is still pulling its image (Ready=False ContainersNotReady) when w-1 stops answering: at
// Ready=Unknown MarkPodsNotReady finds its Ready condition already False and neither updates it nor
// records a pod event; the node event alone is recorded. The pod is evicted 300s after the NoExecute
// taint all the same, and counted failed at once; its failure time is its Ready=False transition (0s),
// so the replacement comes 1s after the eviction.
export default {
  id: 'nodelife2/pulling-pod-no-pod-event-evicted',
  source: 'controller_utils.go MarkPodsNotReady (UpdatePodCondition false -> no update, no event); node_lifecycle_controller_test.go TestMonitorNodeHealthMarkPodsNotReady; taint_eviction.go processPodOnNode (phase not considered); backoff_utils.go getFinishTimeFromPodReadyFalseCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  latencies: { imagePull: 2m }
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('j');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).length, 0, 'no pod NodeNotReady event');
    const ready = a.status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['False', 'ContainersNotReady', 0], 'Ready untouched by the node controller');
    h.eq([a.status.phase, h.sec(h.hasCond(a, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime)], ['Pending', u + 305], 'evicted while Pending');
    h.eq([b.spec.nodeName, h.sec(b.metadata.creationTimestamp)], ['w-2', u + 306], 'replacement');
    h.eq(h.job('j').status.failed, 1, 'failed');
  },
};
