// TestBackoffLimitPerIndex "job index fails due to exceeding the global backoff limit first" (third step): 3/3 Indexed,
// backoffLimitPerIndex 1, backoffLimit 2. Indexes 0 (10s) and 1 (12s) fail and are replaced (20s, 22s); index 2 fails
// at 25s: 3 failures > backoffLimit 2. The sync at 26s records FailureTarget (BackoffLimitExceeded), deletes the two
// running replacements and counts them failed: failed 5, terminating 2 (they ignore SIGTERM), failedIndexes "" (no
// index exhausted its own limit), active 0. Snapshot at 28s.
export default {
  id: 'integjob2/blpi-global-limit-first-interim',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex "job index fails due to exceeding the global backoff limit first" (wantFailed 5, wantFailedIndexes "", wantTerminating 2); job_controller.go syncJob (exceedsBackoffLimit before per-index checks), trackJobStatusAndRemoveFinalizers (non-terminated pods counted failed when finishing)',
  args: ['--duration', '28s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi3}
spec:
  behaviors:
    - selector: {matchLabels: {app: gb}}
      duration: 10s
      exitCodes: [1, 0]
      onSigterm: ignore
      perIndex:
        "1": {duration: 12s, exitCodes: [1, 0]}
        "2": {duration: 25s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: gb}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimit: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: gb}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('gb');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 26],
    ], 'only the interim condition');
    h.eq([job.status.failed, job.status.terminating, job.status.active ?? 0, job.status.ready, job.status.failedIndexes, job.status.succeeded ?? 0], [5, 2, 0, 0, '', 0],
      '[failed, terminating, active, ready, failedIndexes, succeeded]');
    const rows = h.podsOf('gb').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]);
    h.eq(rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]), [
      ['0', 0, 'Failed', undefined, []], ['0', 20, 'Running', 56, []],
      ['1', 0, 'Failed', undefined, []], ['1', 22, 'Running', 56, []],
      ['2', 0, 'Failed', undefined, []],
    ], 'pods [index, created, phase, deletionTimestamp, finalizers]');
  },
};
