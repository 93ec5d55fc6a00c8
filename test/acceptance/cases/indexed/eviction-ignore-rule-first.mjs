// Pod failure policy rules are tried in order: an evicted pod (DisruptionTarget=True, killed with exit 143) matches the
// first rule, Ignore, before the FailIndex rule on exit code 143: its index is retried 10s later with
// job-index-ignored-failure-count "1" and is not failed despite backoffLimitPerIndex 0. At activeDeadlineSeconds the
// Job fails with DeadlineExceeded; the pods it kills count as failed (failed 2) and failedIndexes stays "".
export default {
  id: 'indexed/eviction-ignore-rule-first',
  source: 'pod_failure_policy.go matchPodFailurePolicy (first matching rule wins); indexed_job_utils.go getNewIndexFailureCounts; job_controller.go syncJob (DeadlineExceeded before per-index checks), trackJobStatusAndRemoveFinalizers; test/integration/job TestBackoffLimitPerIndex FailIndex on DisruptionTarget; reference §2.4, §5, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  behaviors:
    - selector: {matchLabels: {app: ev}}
      duration: 1h
  faults:
    - {at: 20s, evictPod: default/ev-0-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ev}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  activeDeadlineSeconds: 100
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget}]
    - action: FailIndex
      onExitCodes: {operator: In, values: [143]}
  template:
    metadata: {labels: {app: ev}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('ev').filter((p) => p.metadata.name.startsWith('ev-0-'));
    h.assert(ix0[0].metadata.name === 'ev-0-bn7wn', `first pod of index 0 is ${ix0[0].metadata.name} (seed names changed: update the fault)`);
    h.eq(ix0[0].status.conditions.find((c) => c.type === 'DisruptionTarget')?.status, 'True', 'evicted pod has DisruptionTarget');
    h.eq(ix0.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'],
      p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'] ?? null]), [[0, '0', null], [30, '0', '1']], 'index 0 pods [created, failure-count, ignored-count]');
    const job = h.job('ev');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 100],
      ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 101],
    ], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes], [2, ''], '[failed, failedIndexes]');
  },
};
