// TestBackoffLimitPerIndex "job execution terminated early due to exceeding max failed indexes" (second step): 3/3
// Indexed, backoffLimitPerIndex 0, maxFailedIndexes 1; indexes 0 (10s) and 1 (20s) fail: 2 failed indexes > 1. The sync
// at 21s adds FailureTarget (MaxFailedIndexesExceeded) and deletes index 2's pod, which ignores SIGTERM (grace 30s):
// failed 3 (the deleted pod is counted failed), terminating 1, failedIndexes "0,1" (index 2 is not a failed index),
// active 0, ready 0, and no Failed condition while the pod terminates. Snapshot at 30s.
export default {
  id: 'integjob2/blpi-max-failed-indexes-interim',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex "job execution terminated early due to exceeding max failed indexes" (wantActive 0, wantFailed 3, wantFailedIndexes "0,1", wantTerminating 1); job_controller.go syncJob (MaxFailedIndexesExceeded), enactJobFinished; indexed_job_utils.go calculateFailedIndexes (pods with the finalizer only)',
  args: ['--duration', '30s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mfi}
spec:
  behaviors:
    - selector: {matchLabels: {app: m}}
      duration: 1h
      onSigterm: ignore
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
        "1": {duration: 20s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  maxFailedIndexes: 1
  template:
    metadata: {labels: {app: m}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('m');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 21],
    ], 'only the interim condition');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.failedIndexes, job.status.terminating, job.status.ready], [0, 3, '0,1', 1, 0], '[active, failed, failedIndexes, terminating, ready]');
    const p2 = h.podsOf('m').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '2');
    h.eq([p2.status.phase, h.sec(p2.metadata.deletionTimestamp), p2.metadata.finalizers ?? []], ['Running', 51, []], 'index 2 pod [phase, deletionTimestamp, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'm', type: 'Warning' }).length, 0, 'no Warning event yet');
  },
};
