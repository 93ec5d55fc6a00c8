// node-controller's NodeNotReady on the Node: RecordNodeStatusChange builds the reference by hand
// (APIVersion "v1", Kind "Node", Name, UID = the Node's uid, Namespace ""): no resourceVersion, no
// fieldPath; reportingComponent "node-controller", reportingInstance "", eventTime null.
export default {
  id: 'eventfields/ef13-node-controller-node-ref',
  source: 'pkg/controller/util/node/controller_utils.go RecordNodeStatusChange (ObjectReference{APIVersion: "v1", Kind: "Node", Name, UID, Namespace: ""}); client-go record generateEvent (reporting fields)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
`,
  check(r, h) {
    const node = h.get('Node', 'w-1', undefined);
    const e = h.events({ reason: 'NodeNotReady', kind: 'Node' });
    h.eq(e.length, 1, 'one NodeNotReady');
    const o = e[0].involvedObject;
    h.eq(Object.keys(o).filter((k) => o[k] !== undefined && o[k] !== '').sort(), ['apiVersion', 'kind', 'name', 'uid'], 'involvedObject fields (no resourceVersion, no fieldPath)');
    h.eq([o.apiVersion, o.kind, o.name, o.uid], ['v1', 'Node', 'w-1', node.metadata.uid], 'involvedObject values');
    h.eq([e[0].reportingComponent, e[0].reportingInstance, e[0].eventTime], ['node-controller', '', null], 'reporting fields');
  },
};
