// podFailurePolicy FailIndex (with backoffLimitPerIndex: 1): index 0 exits 13 (onExitCodes rule) and index 1 is evicted
// (DisruptionTarget, onPodConditions rule): each index fails at its first failure without using its retry
// (failedIndexes "0,1", no replacement pods), failed 2; the Job ends Failed/FailedIndexes.
export default {
  id: 'indexed/failindex-exit-code-and-condition',
  source: 'test/integration/job TestBackoffLimitPerIndex "pod failure matching pod failure policy rule with FailIndex action" (failed 2, failedIndexes "0,1"); job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "single failed index due to FailIndex action, the job continues"; indexed_job_utils.go isIndexFailed; reference §5, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fi}
spec:
  behaviors:
    - selector: {matchLabels: {app: fi}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [13]}
  faults:
    - {at: 20s, evictPod: default/fi-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fi}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - action: FailIndex
      onExitCodes: {operator: In, values: [13]}
    - action: FailIndex
      onPodConditions: [{type: DisruptionTarget}]
  template:
    metadata: {labels: {app: fi}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('fi');
    h.eq(pods.length, 2, 'pods (no replacement for a FailIndex failure)');
    h.assert(pods[1].metadata.name === 'fi-1-vqbl8', `the evicted pod is ${pods[1].metadata.name} (the seed's name changed: update the fault)`);
    h.eq(pods.map((p) => [h.exitCodeOf(p), p.status.phase]), [[13, 'Failed'], [143, 'Failed']], 'pods [exit code, phase]');
    const job = h.job('fi');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.failedIndexes], [2, 0, '0,1'], '[failed, succeeded, failedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'FailedIndexes', 21], ['Failed', 'FailedIndexes', 21]], 'conditions');
  },
};
