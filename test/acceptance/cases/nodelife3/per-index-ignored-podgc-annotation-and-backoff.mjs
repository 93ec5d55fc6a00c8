// Indexed, backoffLimitPerIndex 1, Ignore on DisruptionTarget. Index 1's pod is on a-1, whose Node is deleted at 30s
// (kubelet healthy until then). The pod GC fails it at 80s (DeletionByPodGC); the Ignore rule matches, so the index's
// failure count stays 0 and the replacement carries job-index-ignored-failure-count "1". The per-index back-off still
// counts the ignored failure (absolute count 1 -> 10s) from the pod's finish time, deletionTimestamp - grace = 80s: the
// replacement comes at 90s, not in the 81s sync. Nothing is counted failed, no failed index.
export default {
  id: 'nodelife3/per-index-ignored-podgc-annotation-and-backoff',
  source: 'pkg/controller/job/indexed_job_utils.go getNewIndexFailureCounts (Ignore -> job-index-ignored-failure-count + 1), getIndexAbsoluteFailureCount; backoff_utils.go getRemainingTimePerIndex (failure + ignored count + 1), getFinishedTime (deletionTimestamp - grace); job_controller.go getPodCreationInfoForIndependentIndexes; podgc gc_controller.go markFailedAndDeletePodWithCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const old = pods.find((p) => p.spec.nodeName === 'a-1');
    h.assert(old && old.metadata.name.startsWith('j-1-'), 'index 1 expected on a-1 (placement changed)');
    h.eq([old.status.phase, h.anyCond(old, 'DisruptionTarget').reason, h.sec(old.metadata.deletionTimestamp)], ['Failed', 'DeletionByPodGC', 80], 'failed by the pod GC at 80s');
    const repl = pods.filter((p) => p.metadata.name.startsWith('j-1-') && p !== old);
    h.eq(repl.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count']]), [[90, '0', '1']], 'replacement [created, failure-count, ignored-failure-count]');
    const j = h.job('j');
    h.eq([j.status.failed ?? 0, j.status.failedIndexes, j.status.active], [0, '', 2], 'nothing counted');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 90], 'creations');
  },
};
