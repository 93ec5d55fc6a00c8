// RemovingNode from RecordNodeEvent: ref {APIVersion v1, Kind Node, Name, UID (the Node's uid)}, no
// resourceVersion; event namespace "default"; reportingComponent node-controller, reportingInstance "".
export default {
  id: 'eventfields/ef17-removing-node-ref',
  source: 'pkg/controller/util/node/controller_utils.go RecordNodeEvent (ObjectReference{APIVersion: "v1", Kind: "Node", Name: nodeName, UID: types.UID(nodeUID)}); node_lifecycle_controller.go monitorNodeHealth (deleted nodes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rn}
spec:
  duration: 2m
  faults:
  - {at: 40s, deleteNode: node-3}
`,
  check(r, h) {
    const node = h.get('Node', 'node-3', undefined);
    const e = h.events({ reason: 'RemovingNode' });
    h.eq(e.length, 1, 'one RemovingNode');
    const o = e[0].involvedObject;
    h.eq([o.apiVersion, o.kind, o.name, o.uid, o.namespace ?? '', o.resourceVersion ?? null], ['v1', 'Node', 'node-3', node.metadata.uid, '', null], 'involvedObject');
    h.eq([e[0].metadata.namespace, e[0].reportingComponent, e[0].reportingInstance], ['default', 'node-controller', ''], 'namespace and reporting fields');
  },
};
