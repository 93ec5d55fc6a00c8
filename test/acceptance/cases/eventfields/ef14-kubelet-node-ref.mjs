// The kubelet's NodeReady on its return is recorded on kl.nodeRef = {Kind: "Node", Name: nodeName,
// UID: nodeName, Namespace: ""}: no apiVersion (a reference passed to GetReference is used as is), no
// resourceVersion. reportingComponent kubelet, reportingInstance w-1. (The uid = node name difference
// is a listed known difference; this case does not check the uid.)
export default {
  id: 'eventfields/ef14-kubelet-node-ref',
  source: 'pkg/kubelet/kubelet.go NewMainKubelet ("construct a node reference used for events": nodeRef := &v1.ObjectReference{Kind: "Node", Name: string(nodeName), UID: types.UID(nodeName), Namespace: ""}); client-go tools/reference GetReference ("Don\'t make a reference to a reference"); kubelet_node_status.go recordNodeStatusEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 6m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 3m }
`,
  check(r, h) {
    const e = h.events({ reason: 'NodeReady' });
    h.eq(e.length, 1, 'one NodeReady');
    const o = e[0].involvedObject;
    h.eq([o.kind, o.name, o.namespace ?? '', o.apiVersion ?? null, o.resourceVersion ?? null], ['Node', 'w-1', '', null, null], 'kubelet nodeRef: no apiVersion, no resourceVersion');
    h.eq([e[0].reportingComponent, e[0].reportingInstance, e[0].eventTime], ['kubelet', 'w-1', null], 'reporting fields');
  },
};
