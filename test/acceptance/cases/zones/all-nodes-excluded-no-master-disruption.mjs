// Nodes labelled node.kubernetes.io/exclude-disruption are left out of the zone states. When every node carries
// the label there is no zone state at all: handleDisruption sees no zone (allAreFullyDisrupted and
// allWasFullyDisrupted both vacuously true) and changes nothing, so the tainting queue keeps its normal limiter:
// w-1, Unknown at 110s, is tainted NoExecute at 115s and its pod evicted at 415s (300s after the first taint) (no master disruption mode,
// which needs zones that are all FullDisruption after some were not).
export default {
  id: 'zones/all-nodes-excluded-no-master-disruption',
  source: 'node_lifecycle_controller.go monitorNodeHealth (excluded nodes not added to zoneToNodeConditions), handleDisruption (if !allAreFullyDisrupted || !allWasFullyDisrupted { ... }: nothing when both hold; zones absent from zoneToNodeConditions deleted from zoneStates), addPodEvictorForNewZone (tainter with evictionLimiterQPS)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { node.kubernetes.io/exclude-disruption: "true" } }
  faults:
  - { at: 60s, nodeDown: w-1 }
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
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['w-1', 110]], 'w-1 Unknown');
    // (the zone's tainter is made anew at every pass, as its zone state is dropped each time, so the taint's
    // timeAdded is refreshed by later passes: only its presence is checked)
    h.eq((h.get('Node', 'w-1').spec.taints ?? []).filter((t) => t.effect === 'NoExecute').map((t) => t.key), ['node.kubernetes.io/unreachable'], 'w-1 tainted NoExecute');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[415, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted 300s later');
  },
};
