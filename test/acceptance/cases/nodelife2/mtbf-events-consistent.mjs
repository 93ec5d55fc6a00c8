// Random failures (mtbf 3h, mttr 15m) on four nodes over two days, one long Job per node. Whatever the
// draws: per node, NodeNotReady (node-controller) and NodeReady (kubelet) alternate, NotReady first;
// each NodeNotReady is on the controller's 5s monitor grid; the Node's Ready condition matches the last
// one; and every "Marking for deletion" of a pod comes no earlier than 305s after the latest NodeNotReady
// of its node (300s default toleration after the NoExecute taint, queued one pass after Unknown), with
// no NodeReady of that node in between.
export default {
  id: 'nodelife2/mtbf-events-consistent',
  source: 'node_lifecycle_controller.go monitorNodeHealth (RecordNodeStatusChange once per transition, nodeMonitorPeriod 5s), processTaintBaseEviction; kubelet setters.go ReadyCondition (NodeReady event); taint_eviction.go processPodOnNode; node_lifecycle_controller_test.go TestMonitorNodeHealth* (node coming back)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  seed: 7
  duration: 2d
  cluster:
    nodePools:
    - { name: w, count: 4, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, mtbf: 3h, mttr: 15m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 40
  parallelism: 4
  backoffLimit: 1000
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const nodeEv = h.events({ kind: 'Node' }).filter((e) => e.reason === 'NodeNotReady' || e.reason === 'NodeReady');
    h.assert(h.events({ reason: 'NodeNotReady', kind: 'Node' }).length >= 3, 'some failures happened');
    const byNode = {};
    for (const e of nodeEv) (byNode[e.involvedObject.name] ??= []).push(e);
    for (const [n, evs] of Object.entries(byNode)) {
      evs.forEach((e, i) => {
        h.eq(e.reason, i % 2 === 0 ? 'NodeNotReady' : 'NodeReady', `${n} event ${i}`);
        h.eq(e.source.component, i % 2 === 0 ? 'node-controller' : 'kubelet', `${n} event ${i} source`);
        if (e.reason === 'NodeNotReady') h.eq(h.sec(e.firstTimestamp) % 5, 0, `${n} NotReady on the 5s grid`);
      });
      const last = evs[evs.length - 1];
      const ready = h.get('Node', n).status.conditions.find((c) => c.type === 'Ready');
      h.eq(ready.status, last.reason === 'NodeReady' ? 'True' : 'Unknown', `${n} final Ready`);
      h.eq(ready.lastTransitionTime, last.firstTimestamp, `${n} Ready lastTransitionTime`);
    }
    for (const e of h.events({ reason: 'TaintManagerEviction' }).filter((x) => x.message.startsWith('Marking'))) {
      const pod = h.get('Pod', e.involvedObject.name);
      const t = h.sec(e.firstTimestamp);
      const before = (byNode[pod.spec.nodeName] ?? []).filter((x) => h.sec(x.firstTimestamp) <= t);
      const lastEv = before[before.length - 1];
      h.assert(lastEv && lastEv.reason === 'NodeNotReady', `eviction of ${pod.metadata.name} at ${t}s while its node is not NotReady`);
      h.assert(t >= h.sec(lastEv.firstTimestamp) + 305, `eviction of ${pod.metadata.name} at ${t}s, NotReady at ${h.sec(lastEv.firstTimestamp)}s`);
    }
  },
};
