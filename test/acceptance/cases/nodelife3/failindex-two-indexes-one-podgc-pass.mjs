// FailIndex on DisruptionTarget with backoffLimitPerIndex 3 and maxFailedIndexes 1: two of the three indexes run on
// a-1, whose Node is deleted at 30s. One pod GC pass (80s) fails both pods (DeletionByPodGC); FailIndex fails each
// index at once whatever its per-index limit, so the 81s sync sees 2 failed indexes > 1: failedIndexes lists both
// (two indexes that are not adjacent, or a pair, are written with a comma), FailureTarget MaxFailedIndexesExceeded,
// the third index's pod deleted and counted failed (failed 3), no retry of any index; Failed at 82s.
export default {
  id: 'nodelife3/failindex-two-indexes-one-podgc-pass',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy (FailIndex counts the failure and fails the index); indexed_job_utils.go isIndexFailed, calculateFailedIndexes, orderedIntervals.String; job_controller.go syncJob (MaxFailedIndexesExceeded when failedIndexes > maxFailedIndexes), deleteActivePods; podgc gc_controller.go gcOrphaned (all pods of the node in one pass)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 3
  maxFailedIndexes: 1
  podFailurePolicy:
    rules:
    - action: FailIndex
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 3, 'no retry');
    const onA = pods.filter((p) => p.spec.nodeName === 'a-1');
    h.eq(onA.length, 2, 'two indexes on a-1');
    for (const p of onA) h.eq([p.status.phase, h.anyCond(p, 'DisruptionTarget').reason, h.sec(p.metadata.deletionTimestamp)], ['Failed', 'DeletionByPodGC', 80], `${p.metadata.name} failed by the pod GC`);
    const ix = onA.map((p) => Number(p.metadata.annotations['batch.kubernetes.io/job-completion-index'])).sort();
    const other = pods.find((p) => p.spec.nodeName === 'b-1');
    h.eq([other.status.phase, h.exitCodeOf(other)], ['Failed', 143], 'third index deleted and stopped');
    const j = h.job('j');
    h.eq([h.sec(h.hasCond(j, 'FailureTarget', 'MaxFailedIndexesExceeded').lastTransitionTime), h.sec(h.hasCond(j, 'Failed', 'MaxFailedIndexesExceeded').lastTransitionTime)], [81, 82], 'conditions');
    h.eq([j.status.failedIndexes, j.status.failed, j.status.terminating], [`${ix[0]},${ix[1]}`, 3, 0], '[failedIndexes, failed, terminating]');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Deleted pod: ${other.metadata.name}`, 81]], 'deletion');
  },
};
