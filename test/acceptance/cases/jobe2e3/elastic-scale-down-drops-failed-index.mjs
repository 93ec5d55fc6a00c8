// Elastic Indexed Job with backoffLimitPerIndex 0: index 2 fails at 10s (failedIndexes "2", failed 1; the Job keeps
// running indexes 0 and 1). Scaling completions and parallelism down to 2 at 30s drops index 2 from failedIndexes (out of
// range: "" written by the immediate sync) while status.failed keeps 1; indexes 0 and 1 succeed at 60s and the Job
// completes (CompletionsReached) instead of failing with FailedIndexes.
export default {
  id: 'jobe2e3/elastic-scale-down-drops-failed-index',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "scale down" ("verify prev failure out of range still counts but succeeded out of range does not": wantFailed 1) and TestBackoffLimitPerIndex "job continues execution after a failed index"; indexed_job_utils.go calculateFailedIndexes (parseIndexesFromString(status.FailedIndexes, completions) drops indexes >= completions); job_controller.go trackJobStatusAndRemoveFinalizers (FailedIndexes rewritten when changed), syncJob (FailedIndexes needs failed > 0); validation.go validateCompletions ("can only be modified in tandem with spec.parallelism")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: es}
spec:
  behaviors:
    - selector: {matchLabels: {app: es}}
      duration: 60s
      perIndex:
        "2": {duration: 10s, exitCodes: [1]}
  timeline:
    - {at: 30s, patch: {kind: Job, name: es, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: es}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: es}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('es');
    h.eq([job.spec.completions, job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.failedIndexes], [2, 2, '0,1', 1, ''],
      '[completions, succeeded, completedIndexes, failed, failedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 61], ['Complete', 'CompletionsReached', 61]], 'conditions');
    h.eq(h.podsOf('es').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p)]),
      [['0', 'Succeeded', 0], ['1', 'Succeeded', 0], ['2', 'Failed', 1]], 'pods (index 2 never retried)');
    h.eq(h.events({ kind: 'Job', name: 'es', type: 'Warning' }).length, 0, 'no Warning event');
  },
};
