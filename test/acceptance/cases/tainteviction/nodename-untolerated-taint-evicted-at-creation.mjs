// A pod created with spec.nodeName on a node whose NoExecute taint it does not tolerate: whatever the kubelet's
// admission does, the taint manager sees the pod bound (PodUpdated(nil, pod)) and evicts it at once: one
// "Marking for deletion" event at the creation and the DisruptionTarget condition.
export default {
  id: 'tainteviction/nodename-untolerated-taint-evicted-at-creation',
  source: 'taint_eviction.go New (pod AddFunc -> PodUpdated(nil, pod)), handlePodUpdate -> processPodOnNode (!allTolerated -> AddWork(now, now))',
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
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted at creation');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 0, 'condition');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.hasCond(h.job('j'), 'Failed', 'BackoffLimitExceeded');
  },
};
