// Nodes labelled node.kubernetes.io/exclude-disruption are left out of the zone states. The only
// counted node goes down: all counted zones are fully disrupted, master disruption mode: no NoExecute
// taint, no eviction, although the excluded node is Ready.
export default {
  id: 'nodelife/exclude-disruption-label',
  source: 'node_lifecycle_controller.go monitorNodeHealth (isNodeExcludedFromDisruptionChecks: not added to zoneToNodeConditions), handleDisruption (allAreFullyDisrupted -> markNodeAsReachable, SwapLimiter(0))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: cp, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { node.kubernetes.io/exclude-disruption: "" } }
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
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.get('Node', 'w-1').status.conditions.find((c) => c.type === 'Ready').status, 'Unknown', 'w-1 Unknown');
    h.eq((h.get('Node', 'w-1').spec.taints ?? []).filter((t) => t.effect === 'NoExecute').length, 0, 'no NoExecute taint');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no eviction');
    h.eq(h.podsOf('j')[0].metadata.deletionTimestamp, undefined, 'pod not deleted');
  },
};
