// The exclude-disruption label only keeps a node out of the zone states; the node itself is monitored and
// tainted like any other. cp-1 (excluded) goes Unknown at 105s while w-1 is Ready: tainted NoExecute at 110s,
// its pod's eviction planned. When w-1, the only counted node, goes Unknown at 200s, master disruption mode
// marks every node reachable, the excluded one included: cp-1's NoExecute taint goes and the eviction is
// cancelled at 200s.
export default {
  id: 'zones/excluded-node-tainted-until-master-mode',
  source: 'node_lifecycle_controller.go isNodeExcludedFromDisruptionChecks (only skips zoneToNodeConditions), processTaintBaseEviction (every node), handleDisruption (entering master disruption: for i := range nodes markNodeAsReachable); taint_eviction.go cancelWorkWithEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: cp, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { node.kubernetes.io/exclude-disruption: "" } }
  faults:
  - { at: 60s, nodeDown: cp-1 }
  - { at: 150s, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: cp-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['cp-1', 105], ['w-1', 200]], 'Unknown times');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[200, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'the eviction planned from the 110s taint is cancelled at 200s');
    h.eq((h.get('Node', 'cp-1').spec.taints ?? []).map((t) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule'], 'cp-1 NoExecute taint removed');
    h.eq(p.metadata.deletionTimestamp, undefined, 'pod never evicted');
  },
};
