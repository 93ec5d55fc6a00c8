// Silent from 60s for 349s: Unknown 110s, NoExecute 115s, eviction planned for 415s. The kubelet is back at
// 409s (NodeReady, from the kubelet); the node lifecycle controller removes the taints at its next monitor
// pass (410s), and the taint manager cancels the work with its event then: 5s before it would have fired.
// The container ran on; the pod succeeds at 600s; no DisruptionTarget, no replacement.
export default {
  id: 'disrupt/back-before-eviction-cancelled-at-pass',
  source: 'taint_eviction.go handleNodeUpdate (no NoExecute taints -> cancelWorkWithEvent for every pod), emitCancelPodDeletionEvent "Cancelling deletion of Pod %s"; node_lifecycle_controller.go processTaintBaseEviction (Ready=True -> markNodeAsReachable); README (taints go at the next monitor pass)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 349s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    h.eq(h.events({ reason: 'NodeReady', kind: 'Node' }).map((e) => [h.sec(e.firstTimestamp), e.message, e.source.component]), [[409, 'Node w-1 status is now: NodeReady', 'kubelet']], 'NodeReady');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[410, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'only the cancellation');
    h.noCond(p, 'DisruptionTarget');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq(h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), 600, 'ran its 10m');
    h.eq(h.get('Node', 'w-1').spec.taints, undefined, 'no taints left');
    const c = h.hasCond(h.job('j'), 'Complete');
    h.eq(h.sec(c.lastTransitionTime), 601, 'Complete');
  },
};
