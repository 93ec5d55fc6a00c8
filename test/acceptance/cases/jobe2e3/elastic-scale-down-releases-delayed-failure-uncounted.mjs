// Elastic Indexed Job with backoffLimitPerIndex 1: index 2 fails at 10s; its failed pod is kept for delayed deletion (tracking
// finalizer on, not counted) while its per-index back-off runs. Scaling completions and parallelism down to 2 at 15s puts
// index 2 out of range: the pod is no longer delayed, its finalizer is removed without counting it (out-of-range indexes
// are not counted), so the Job completes at 61s with failed 0 -- unlike TestElasticIndexedJob "scale down", where the
// failure had already been counted before the scale-down and stays.
export default {
  id: 'jobe2e3/elastic-scale-down-releases-delayed-failure-uncounted',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "scale down" (contrast: "verify prev failure out of range still counts") and TestBackoffLimitPerIndex_DelayedPodDeletion; indexed_job_utils.go getPodsWithDelayedDeletionPerIndex (getValidPodsWithFilter: ix < completions); job_controller.go canRemoveFinalizer, trackJobStatusAndRemoveFinalizers (failed added to uncounted only `if !isIndexed || (ix != unknownCompletionIndex && ix < int(*Completions))`)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ed}
spec:
  behaviors:
    - selector: {matchLabels: {app: ed}}
      duration: 60s
      perIndex:
        "2": {duration: 10s, exitCodes: [1]}
  timeline:
    - {at: 15s, patch: {kind: Job, name: ed, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ed}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: ed}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ed');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.failedIndexes], [2, '0,1', undefined, ''], '[succeeded, completedIndexes, failed, failedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 61], ['Complete', 'CompletionsReached', 61]], 'conditions');
    const pods = h.podsOf('ed');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), p.metadata.finalizers ?? []]),
      [['0', 'Succeeded', 0, []], ['1', 'Succeeded', 0, []], ['2', 'Failed', 1, []]], 'pods [index, phase, exit, finalizers] (index 2 never retried)');
  },
};
