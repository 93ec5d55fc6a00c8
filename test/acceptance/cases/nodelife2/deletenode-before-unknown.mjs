// w-1 stops answering at 60s and its Node object is deleted at 85s, before the grace period ran out:
// no NodeNotReady, no taint, no eviction ever; the node lifecycle controller's next pass (90s) records
// RemovingNode; the pod GC first sees the orphan at its 100s pass and, after the 40s quarantine, at 140s
// marks it Failed with DisruptionTarget DeletionByPodGC and force-deletes it. The pod never had
// Ready=False, so its failure time is deletionTimestamp - grace (140s, grace 0): the replacement waits
// the 10s back-off and is created at 150s on w-2.
export default {
  id: 'nodelife2/deletenode-before-unknown',
  source: 'gc_controller_test.go TestGCOrphaned "deleted node" rows (quarantineTime 40s); gc_controller.go gcOrphaned/discoverDeletedNodes; node_lifecycle_controller.go monitorNodeHealth classifyNodes deleted -> RemovingNode; backoff_utils.go getFinishedTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 85s, deleteNode: w-1 }
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
    h.eq(h.events({ reason: 'NodeNotReady' }).length, 0, 'no NodeNotReady');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no taint eviction');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, 'Node w-1 event: Removing Node w-1 from Controller']], 'RemovingNode');
    const [a, b] = h.podsOf('j');
    const c = h.hasCond(a, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([h.sec(c.lastTransitionTime), c.message, a.status.phase, h.sec(a.metadata.deletionTimestamp)], [140, 'PodGC: node no longer exists', 'Failed', 140], 'pod GC');
    h.eq([b.spec.nodeName, h.sec(b.metadata.creationTimestamp)], ['w-2', 150], 'replacement');
    h.eq(h.job('j').status.failed, 1, 'failed');
  },
};
