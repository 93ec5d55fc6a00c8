// TestElasticIndexedJob "scale down" (out-of-range pods): 3/3 Indexed scaled to completions = parallelism = 1 at 10s.
// The pods of indexes 1 and 2 are now out of range and are deleted (finalizer removed first); they ignore SIGTERM, so at
// 15s they are terminating: active 1, terminating 2, failed 0, completedIndexes "". Killed at 40s (137), they are never
// counted as failed; the Job completes with index 0 (60s).
export default {
  id: 'integjob2/elastic-scale-down-terminating',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "scale down" (completions 3 -> 1; out-of-range pods removed, not counted); job_controller.go manageJob (activePodsForRemoval), indexed_job_utils.go appendDuplicatedIndexPodsForRemoval (ix >= completions removed); job_controller.go deleteJobPods',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: el}
spec:
  timeline:
    - {at: 10s, patch: {kind: Job, name: el, spec: {completions: 1, parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: el}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: 60s, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('el');
    h.eq([job.status.active, job.status.ready, job.status.terminating, job.status.failed ?? 0, job.status.succeeded ?? 0, job.status.completedIndexes ?? ''], [1, 1, 2, 0, 0, ''], '[active, ready, terminating, failed, succeeded, completedIndexes]');
    h.eq(h.podsOf('el').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]),
      [['0', undefined, ['batch.kubernetes.io/job-tracking']], ['1', 40, []], ['2', 40, []]], 'pods [index, deletionTimestamp, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'el', reason: 'SuccessfulDelete' }).map((e) => [e.message.replace(/-[a-z0-9]{5}$/, '-*'), h.sec(e.firstTimestamp)]),
      [['Deleted pod: el-1-*', 10], ['Deleted pod: el-2-*', 10]], 'deletions');
  },
};
