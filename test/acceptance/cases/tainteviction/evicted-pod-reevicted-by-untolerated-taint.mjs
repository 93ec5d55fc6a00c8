// A pod evicted at bind + 30s (pool taint tolerated 30s) while its kubelet is down stays Terminating. Later the
// node gets the unreachable NoExecute taint, which the pod does not tolerate (Equal/value "x"). Upstream the
// !allTolerated branch runs CancelWork (the finished worker's key is deleted, no event since no live worker) and
// AddWork(now, now): the work runs again: a second "Marking for deletion" event at the taint's instant.
export default {
  id: 'tainteviction/evicted-pod-reevicted-by-untolerated-taint',
  source: 'pkg/controller/tainteviction/taint_eviction.go processPodOnNode (!allTolerated: cancelWorkWithEvent then AddWork(now, now)); timed_workers.go CancelWork (deletes the key, true only for a live worker), AddWork',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: dedicated, value: batch, effect: NoExecute }]
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 5s, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 30 }
      - { key: node.kubernetes.io/unreachable, operator: Equal, value: "x", effect: NoExecute }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const n = p.metadata.name;
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute').timeAdded);
    h.assert(taintAt > 30, `precondition: unreachable taint at ${taintAt}s, after the first eviction`);
    const ev = h.events({ reason: 'TaintManagerEviction', name: n }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(ev, [[30, `Marking for deletion Pod default/${n}`], [taintAt, `Marking for deletion Pod default/${n}`]], 'evicted again when the untolerated taint comes');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 30, 'condition unchanged (same status)');
    h.eq(h.sec(p.metadata.deletionTimestamp), 60, 'deletionTimestamp of the first DELETE kept');
  },
};
