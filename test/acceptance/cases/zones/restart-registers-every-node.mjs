// A restarted controller manager is a new node lifecycle controller: its first monitorNodeHealth pass finds every
// node missing from its knownNodeSet (classifyNodes' added) and records RegisteredNode for each, "Node <name>
// event: Registered Node <name> in Controller", at the return (120s), whether the node is Ready or down. The
// nodes present when the run starts get none (see README, Known differences).
export default {
  id: 'zones/restart-registers-every-node',
  source: 'node_lifecycle_controller.go monitorNodeHealth (for added nodes: RecordNodeEvent(..., "RegisteredNode", "Registered Node %v in Controller")); controller_utils.go RecordNodeEvent ("Node %s event: %s", a Node reference)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 10s, nodeDown: b-2 }
  - { at: 70s, controllerDown: all, for: 50s }
`,
  check(r, h) {
    const reg = h.events({ reason: 'RegisteredNode' });
    h.eq(reg.map((e) => [h.sec(e.firstTimestamp), e.type, e.involvedObject.kind, e.involvedObject.name, e.source.component, e.message]).sort(), [
      [120, 'Normal', 'Node', 'a-1', 'node-controller', 'Node a-1 event: Registered Node a-1 in Controller'],
      [120, 'Normal', 'Node', 'b-1', 'node-controller', 'Node b-1 event: Registered Node b-1 in Controller'],
      [120, 'Normal', 'Node', 'b-2', 'node-controller', 'Node b-2 event: Registered Node b-2 in Controller'],
    ], 'one RegisteredNode per node at the return, none at the start');
    const unknown = h.events({ reason: 'NodeNotReady', name: 'b-2' }).map((e) => h.sec(e.firstTimestamp));
    h.assert(unknown.length === 1 && unknown[0] < 70, `b-2 Unknown once, before the outage: ${unknown}`);
  },
};
