// w-1 is silent from 60s (Unknown 110s, NoExecute 115s, eviction planned for 415s), its kubelet is back at
// 260s (NodeReady) and silent again from 262s. The monitor pass at 265s still observes Ready=True (posted at
// 260s, within the 50s grace), so processTaintBaseEviction marks the node reachable: the unreachable taints
// go and the taint manager cancels the planned eviction ("Cancelling deletion" at 265s). The second silence
// is a new outage: Unknown again at 310s, a new NoExecute taint at 315s, eviction at 615s.
// (jobsim once let nodeDown at 262s cancel the pending reachable pass, keeping the first outage's taints.)
export default {
  id: 'disrupt/down-again-before-reachable-pass',
  source: 'node_lifecycle_controller.go monitorNodeHealth -> tryUpdateNodeHealth (probeTimestamp from the 260s heartbeat: no Unknown before 310s) -> processTaintBaseEviction (observedReadyCondition True -> markNodeAsReachable: RemoveTaintOffNode UnreachableTaintTemplate); taint_eviction.go handleNodeUpdate (no NoExecute taint -> cancelWorkWithEvent)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 200s }
  - { at: 262s, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => h.sec(e.firstTimestamp)), [110, 310], 'two outages seen');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[265, `Cancelling deletion of Pod default/${p.metadata.name}`], [615, `Marking for deletion Pod default/${p.metadata.name}`]], 'cancelled at 265s, evicted 300s after the new taint');
    const ne = (h.get('Node', 'w-1').spec.taints ?? []).find((t) => t.effect === 'NoExecute');
    h.eq(h.sec(ne?.timeAdded), 315, 'NoExecute taint of the second outage');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 615, 'condition');
  },
};
