// backoffLimitPerIndex: 0 — right after the failure of index 0 (sync at 11s) the status shows failedIndexes "0",
// failed 1 (a failed index's pod is not kept for delayed deletion), active 1 and no terminal condition yet.
export default {
  id: 'indexed/blpi-zero-snapshot-after-index-failure',
  source: 'test/integration/job TestBackoffLimitPerIndex "job continues execution after a failed index..." first step (wantActive 1, wantFailed 1, wantFailedIndexes "0"); indexed_job_utils.go getPodsWithDelayedDeletionPerIndex (skips failed indexes); reference §6',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi4s}
spec:
  behaviors:
    - selector: {matchLabels: {app: zs}}
      duration: 30s
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: zs}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: zs}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('zs');
    h.eq([job.status.active, job.status.failed, job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.terminating],
      [1, 1, '0', '', 0], '[active, failed, failedIndexes, completedIndexes, terminating]');
    h.eq(job.status.conditions ?? [], [], 'no condition while index 1 runs');
    const p0 = h.podsOf('zs').find((p) => p.metadata.name.startsWith('zs-0-'));
    h.eq(p0.metadata.finalizers ?? [], [], 'finalizer of the failed index pod removed');
  },
};
