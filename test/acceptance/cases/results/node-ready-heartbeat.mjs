// CONTRACT §3 items: a Node in its last state with its Ready condition "with the fields the real
// controllers and kubelet set". The kubelet recomputes the node status every 10s
// (nodeStatusUpdateFrequency) and, even when nothing changed, patches it at least every
// nodeStatusReportFrequency (5m), the Ready condition carrying lastHeartbeatTime = now
// (nodestatus.ReadyCondition). After a 2h run, a node that stayed Ready has a lastHeartbeatTime within the
// last 5m10s; a node whose kubelet stopped answering at 1h keeps a heartbeat from (55m, 1h].
// jobsim leaves lastHeartbeatTime at the node's creation (t=0) on both.
export default {
  id: 'results/node-ready-heartbeat',
  source: 'pkg/kubelet/kubelet_node_status.go tryUpdateNodeStatus (shouldPatchNodeStatus := changed || since(lastStatusReportTime) >= nodeStatusReportFrequency); pkg/kubelet/nodestatus/setters.go ReadyCondition (LastHeartbeatTime: currentTime); KubeletConfiguration nodeStatusReportFrequency default 5m',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: hb}
spec:
  duration: 2h
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 4Gi, pods: 110}}
  faults:
  - {at: 1h, nodeDown: w-2}
`,
  check(r, h) {
    const ready = (name) => h.of('Node').find((n) => n.metadata.name === name).status.conditions.find((c) => c.type === 'Ready');
    const w1 = ready('w-1'), w2 = ready('w-2');
    h.eq(w1.status, 'True', 'w-1 Ready');
    const hb1 = h.sec(w1.lastHeartbeatTime);
    h.assert(hb1 >= 7200 - 310 && hb1 <= 7200, `w-1 lastHeartbeatTime ${w1.lastHeartbeatTime}: expected within 5m10s of the end`);
    h.eq(w2.status, 'Unknown', 'w-2 Unknown');
    const hb2 = h.sec(w2.lastHeartbeatTime);
    h.assert(hb2 > 3600 - 310 && hb2 <= 3600, `w-2 lastHeartbeatTime ${w2.lastHeartbeatTime}: expected the last status report before 1h`);
  },
};
