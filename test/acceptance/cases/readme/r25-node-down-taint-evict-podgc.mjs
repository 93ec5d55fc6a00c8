// README What is simulated (node lifecycle, taint eviction, pod GC), one run, exact times relative to the
// NodeNotReady pass: Ready=Unknown ~50s after the kubelet stops (monitor passes on a 5s grid), the
// unreachable NoSchedule taint at once, the NoExecute taint at the next pass (processTaintBaseEviction
// reads the condition observed before that pass), eviction 300s later (DefaultTolerationSeconds) with
// DisruptionTarget/DeletionByTaintManager and deletionTimestamp = request + 30s grace, the pod left
// Running on the unreachable node; a deleted node: RemovingNode at the next monitor pass, its pods failed
// by the pod GC with DeletionByPodGC after the 40s quarantine (20s passes from the start). Deleting w-2, the last
// Ready node, enters master disruption mode at that pass (handleDisruption), which removes w-1's NoExecute taint:
// the run ends with the NoSchedule taint only, the eviction (taint + 300s) showing when the NoExecute one came.
export default {
  id: 'readme/node-down-taint-evict-podgc',
  source: 'README What is simulated (Lease 10s, monitor 5s, 50s grace, NoExecute taint, eviction after 300s, pod GC 40s quarantine, 20s passes); node_lifecycle_controller.go monitorNodeHealth/processTaintBaseEviction, handleDisruption (master disruption mode); tainteviction processPodOnNode; podgc gc_controller.go gcOrphaned (quarantineTime 40s)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: dn }
spec:
  duration: 1h
  cluster: { nodePools: [{ name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }] }
  faults:
    - { at: 10m, nodeDown: w-1 }
    - { at: 20m, deleteNode: w-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "50m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const nnr = h.events({ reason: 'NodeNotReady', kind: 'Node', name: 'w-1' });
    h.eq(nnr.length, 1, 'one NodeNotReady');
    const tu = h.sec(nnr[0].firstTimestamp);
    h.assert(tu >= 640 && tu <= 655 && tu % 5 === 0, 'Unknown 40-55s after the kubelet stopped, on the 5s grid: ' + tu);
    const n1 = h.get('Node', 'w-1', undefined);
    const taints = Object.fromEntries((n1.spec.taints ?? []).map((t) => [t.effect, h.sec(t.timeAdded)]));
    h.eq(taints, { NoSchedule: tu }, 'unreachable taints at the end (NoExecute removed at 1205s: no Ready node left)');
    const byNode = (n) => h.podsOf('j').find((p) => p.spec.nodeName === n);
    const p1 = byNode('w-1');
    const dt1 = p1.status.conditions.find((c) => c.type === 'DisruptionTarget');
    h.eq([dt1.reason, h.sec(dt1.lastTransitionTime)], ['DeletionByTaintManager', tu + 305], 'taint eviction 300s after the NoExecute taint (tu + 5)');
    h.eq(h.sec(p1.metadata.deletionTimestamp), tu + 335, 'deletionTimestamp = request + 30s');
    h.eq(p1.status.phase, 'Running', 'left Running on the unreachable node');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[tu + 305, `Marking for deletion Pod default/${p1.metadata.name}`]], 'TaintManagerEviction');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[1205, 'Node w-2 event: Removing Node w-2 from Controller']], 'RemovingNode at the next monitor pass');
    const p2 = byNode('w-2');
    const dt2 = p2.status.conditions.find((c) => c.type === 'DisruptionTarget');
    h.eq([p2.status.phase, dt2.reason, h.sec(dt2.lastTransitionTime), h.sec(p2.metadata.deletionTimestamp)], ['Failed', 'DeletionByPodGC', 1240, 1240], 'pod GC after the 40s quarantine');
  },
};
