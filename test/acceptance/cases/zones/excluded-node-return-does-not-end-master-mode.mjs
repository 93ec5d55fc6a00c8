// Only counted nodes end master disruption mode. cp-1 (exclude-disruption) and w-1 (the only counted node) are
// both down; once w-1 is Unknown (110s) the controller is in master disruption mode. cp-1's kubelet comes back at
// 200s: its Ready condition does not enter the zone states, so the only zone stays FullDisruption, the limiter
// stays stopped, and w-1 is never tainted NoExecute: its pod is never evicted.
export default {
  id: 'zones/excluded-node-return-does-not-end-master-mode',
  source: 'node_lifecycle_controller.go monitorNodeHealth (isNodeExcludedFromDisruptionChecks: not in zoneToNodeConditions), handleDisruption (allAreFullyDisrupted && allWasFullyDisrupted: no change, limiters stay at 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: cp, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { node.kubernetes.io/exclude-disruption: "" } }
  faults:
  - { at: 30s, nodeDown: cp-1, for: 170s }
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
    h.eq(h.events({ reason: 'NodeNotReady', name: 'w-1' }).map((e) => h.sec(e.firstTimestamp)), [110], 'w-1 Unknown');
    h.eq(h.events({ reason: 'NodeReady', name: 'cp-1' }).map((e) => h.sec(e.firstTimestamp)), [200], 'cp-1 back');
    h.eq((h.get('Node', 'w-1').spec.taints ?? []).filter((t) => t.effect === 'NoExecute'), [], 'w-1 never tainted NoExecute');
    h.eq((h.get('Node', 'cp-1').spec.taints ?? []).filter((t) => t.effect === 'NoExecute'), [], 'cp-1 has none either');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Marking')), [], 'no eviction');
    h.eq(h.podsOf('j')[0].metadata.deletionTimestamp, undefined, 'pod kept');
  },
};
