// A node silent from the very start (its kubelet never renewed after registration): the controller's
// probe time is its first sight of the node, t=0, so Ready=Unknown (NodeStatusUnknown, "Kubelet stopped
// posting node status.") comes at the 50s pass, with the unreachable NoSchedule taint in the same pass
// and the NoExecute one queued by the next (55s). lastHeartbeatTime stays at the registration (0s).
export default {
  id: 'nodelife2/down-at-start-origin-grace',
  source: 'node_lifecycle_controller.go tryUpdateNodeHealth (now.After(probeTimestamp + nodeMonitorGracePeriod 50s), conditions set Unknown with LastHeartbeatTime kept), doNoScheduleTaintingPass, processTaintBaseEviction(observedReadyCondition); node_lifecycle_controller_test.go TestMonitorNodeHealthUpdateStatus',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 0s, nodeDown: w-2 }
`,
  check(r, h) {
    const n = h.get('Node', 'w-2');
    const c = n.status.conditions.find((x) => x.type === 'Ready');
    h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastHeartbeatTime)], ['Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.', 50, 0], 'Ready');
    h.eq(n.spec.taints.map((t) => [t.key, t.effect, h.sec(t.timeAdded)]), [['node.kubernetes.io/unreachable', 'NoSchedule', 50], ['node.kubernetes.io/unreachable', 'NoExecute', 55]], 'taints');
    h.eq(h.events({ reason: 'NodeNotReady' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[50, 'w-2']], 'event');
  },
};
