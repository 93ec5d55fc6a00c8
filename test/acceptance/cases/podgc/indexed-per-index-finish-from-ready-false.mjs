// Indexed Job, backoffLimitPerIndex 2, image pulls take 5m: index 0's pod is still pulling (container waiting
// ContainerCreating, Ready=False since 0s) when w-1 is deleted at 110s. The pod GC fails it at 160s (DisruptionTarget
// DeletionByPodGC) and force-deletes it. The index's failure count becomes 1 (annotation on the replacement); its
// finish time has no terminated container, so it is the Ready=False transition (0s): the 10s per-index backoff has
// long passed and the replacement is created in the sync at 161s. failedIndexes is "" (index 0 may still retry).
export default {
  id: 'podgc/indexed-per-index-finish-from-ready-false',
  source: 'job backoff_utils.go getRemainingTimePerIndex / getFinishedTime (containers -> Ready=False lastTransitionTime -> deletionTimestamp); job indexed_job_utils.go job-index-failure-count; podgc gcOrphaned',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q9}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 2}]
  latencies: {imagePull: 5m}
  faults:
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 2
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('ix');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.status.containerStatuses[0].state.waiting?.reason], ['Failed', 160, 'ContainerCreating'], 'first pod');
    h.eq(h.anyCond(p, 'Ready').status, 'False', 'Ready=False');
    h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([h.sec(q.metadata.creationTimestamp), q.metadata.annotations['batch.kubernetes.io/job-completion-index'], q.metadata.annotations['batch.kubernetes.io/job-index-failure-count']], [161, '0', '1'], 'replacement');
    const job = h.job('ix');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.active], [1, '', 1], '[failed, failedIndexes, active]');
  },
};
