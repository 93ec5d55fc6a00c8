// Indexed Job with backoffLimitPerIndex 3 and a FailIndex rule on DisruptionTarget: both pods are pinned to w-1,
// whose Node is deleted at 110s; the pod GC fails them at 160s (DeletionByPodGC); the rule fails both indexes at once
// (no retry despite backoffLimitPerIndex 3), and with every index failed the Job fails in the sync at 161s with
// reason FailedIndexes, "Job has failed indexes".
export default {
  id: 'podgc/pfp-failindex-podgc',
  source: 'pod_failure_policy.go FailIndex; job_controller.go (backoffLimitPerIndex: Job Failed reason FailedIndexes "Job has failed indexes"); podgc gcOrphaned',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p6}
spec:
  duration: 6m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 3
  podFailurePolicy:
    rules:
    - {action: FailIndex, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [w-1]}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ix');
    h.eq(pods.length, 2, 'no replacement for a failed index');
    for (const p of pods) h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    const job = h.job('ix');
    h.eq([job.status.failedIndexes, job.status.failed, job.status.succeeded ?? 0, job.status.completedIndexes ?? ''], ['0,1', 2, 0, ''], '[failedIndexes, failed, succeeded, completedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 161], ['Failed', 'FailedIndexes', 'Job has failed indexes', 161]], 'conditions');
    h.eq(h.events({ reason: 'FailedIndexes' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job has failed indexes', 161]], 'event');
  },
};
