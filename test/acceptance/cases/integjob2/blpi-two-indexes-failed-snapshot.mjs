// TestBackoffLimitPerIndex_Reenabling (intermediate step, feature on): with backoffLimitPerIndex 0, after indexes 0
// and 1 have failed (10s, 20s) while index 2 runs: active 1, failed 2, failedIndexes "0,1" (two consecutive indexes are
// written with a comma, not as a range), no condition, no replacement pod.
export default {
  id: 'integjob2/blpi-two-indexes-failed-snapshot',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex_Reenabling (validateIndexedJobPods active {1,2}, failedIndexes "0" after the first failure); indexed_job_utils.go orderedIntervals.String (Last == First+1 -> ","), calculateFailedIndexes; job_controller.go syncJob (FailedIndexes only when all indexes are done)',
  args: ['--duration', '25s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi}
spec:
  behaviors:
    - selector: {matchLabels: {app: bl}}
      exitCodes: [1]
      perIndex:
        "0": {duration: 10s}
        "1": {duration: 20s}
        "2": {duration: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: bl}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: bl}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('bl');
    h.eq([job.status.active, job.status.failed, job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.terminating], [1, 2, '0,1', '', 0], '[active, failed, failedIndexes, completedIndexes, terminating]');
    h.eq(job.status.conditions ?? [], [], 'no condition while index 2 runs');
    h.eq(h.podsOf('bl').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, p.metadata.finalizers ?? []]),
      [['0', 'Failed', []], ['1', 'Failed', []], ['2', 'Running', ['batch.kubernetes.io/job-tracking']]], 'pods [index, phase, finalizers]');
  },
};
