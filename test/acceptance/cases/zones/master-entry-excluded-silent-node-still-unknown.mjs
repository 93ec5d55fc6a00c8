// Master disruption mode stops tainting, not health monitoring. w-1 (the only counted node) is Unknown at 100s:
// master disruption mode. cp-1 (labelled node.kubernetes.io/exclude-disruption) stopped at 58s and was still
// within its grace period then; its monitoring is unaffected: Unknown at 105s (as without w-1's outage), with
// NodeNotReady for it and its pod, the unreachable NoSchedule taint, and no NoExecute taint (limiter stopped).
export default {
  id: 'zones/master-entry-excluded-silent-node-still-unknown',
  source: 'node_lifecycle_controller.go monitorNodeHealth (tryUpdateNodeHealth for every node each pass, whatever the zone states; RecordNodeStatusChange "NodeNotReady", MarkPodsNotReady), handleDisruption (master disruption only swaps limiters and removes NoExecute taints), isNodeExcludedFromDisruptionChecks; doNoScheduleTaintingPass',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: cp, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { node.kubernetes.io/exclude-disruption: "" } }
  faults:
  - { at: 50s, nodeDown: w-1 }
  - { at: 58s, nodeDown: cp-1 }
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
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'NodeNotReady' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.kind, e.involvedObject.name]),
      [[100, 'Node', 'w-1'], [105, 'Node', 'cp-1'], [105, 'Pod', p.metadata.name]], 'cp-1 goes Unknown at 105s although master disruption began at 100s');
    const cp = h.get('Node', 'cp-1');
    const ready = cp.status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['Unknown', 'NodeStatusUnknown', 105], 'cp-1 Ready condition');
    h.eq((cp.spec.taints ?? []).map((t) => `${t.key}:${t.effect}@${h.sec(t.timeAdded)}`), ['node.kubernetes.io/unreachable:NoSchedule@105'], 'NoSchedule only');
    h.eq(h.anyCond(p, 'Ready').status, 'False', 'pod marked not ready');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no eviction');
  },
};
