// A node back from a 10-minute outage at 11m posts Ready=True (KubeletReady, "kubelet is posting ready
// status") with lastTransitionTime 11m and records NodeReady (kubelet); afterwards its unchanged status
// is re-posted every nodeStatusReportFrequency (5m) from the return, so at the end of a 30m run the
// Ready condition's lastHeartbeatTime is 26m. The node that never failed shows 30m.
export default {
  id: 'nodelife2/return-heartbeat-steps',
  source: 'kubelet kubelet_node_status.go tryUpdateNodeStatus (nodeStatusReportFrequency 5m), setters.go ReadyCondition (KubeletReady, NodeReady event); node_lifecycle_controller_test.go TestMonitorNodeHealthUpdateStatus "node coming back"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 30m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
`,
  check(r, h) {
    const c = h.get('Node', 'w-1').status.conditions.find((x) => x.type === 'Ready');
    h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastHeartbeatTime)], ['True', 'KubeletReady', 'kubelet is posting ready status', 660, 1560], 'w-1 Ready');
    h.eq(h.sec(h.get('Node', 'w-2').status.conditions.find((x) => x.type === 'Ready').lastHeartbeatTime), 1800, 'w-2 heartbeat');
    h.eq(h.events({ reason: 'NodeReady' }).map((e) => [h.sec(e.firstTimestamp), e.message, e.source.component]), [[660, 'Node w-1 status is now: NodeReady', 'kubelet']], 'NodeReady');
    h.eq(h.get('Node', 'w-1').spec.taints, undefined, 'taints gone');
  },
};
