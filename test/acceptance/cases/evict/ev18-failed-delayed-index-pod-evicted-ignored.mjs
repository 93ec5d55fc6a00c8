// Indexed, backoffLimitPerIndex 1, an Ignore rule on DisruptionTarget. Index 0's pod fails on its own (exit 1 at
// 5s); under backoffLimitPerIndex the Job keeps it, uncounted and with its tracking finalizer, until the index's
// replacement is created after the per-index back-off (15s). The failed pod is evicted at 8s: grace 0 (terminal),
// held by the finalizer, DisruptionTarget=True added. When the replacement is created, the pod failure policy is
// evaluated on the pod as it is now: the Ignore rule matches, so the replacement carries
// job-index-ignored-failure-count "1" and job-index-failure-count "0", and failed stays 0.
export default {
  id: 'evict/ev18-failed-delayed-index-pod-evicted-ignored',
  source: 'job indexed_job_utils.go getPodsWithDelayedDeletionPerIndex, getNewIndexFailureCounts (matchPodFailurePolicy on the pod being replaced: countFailed ? failureCount++ : ignoredFailureCount++); job_controller.go trackJobStatusAndRemoveFinalizers (podFailurePolicy countFailed); eviction.go canIgnorePDB (PodFailed) + addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 8s, evictPod: default/x-0-bn7wn}
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 5s
    exitCodes: [1, 0]
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('x');
    h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Failed', 1, 8, 0], 'failed pod evicted');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI').lastTransitionTime), 8, 'condition');
    const a = q.metadata.annotations;
    h.eq([h.sec(q.metadata.creationTimestamp), a['batch.kubernetes.io/job-index-failure-count'], a['batch.kubernetes.io/job-index-ignored-failure-count']], [15, '0', '1'], 'replacement');
    const j = h.job('x');
    h.eq([j.status.failed ?? 0, j.status.succeeded, j.status.completedIndexes, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [0, 1, '0', 21], 'Job');
  },
};
