// The same Job read at 13s (--duration 13s), during index 0's back-off: its failed pod still carries the tracking
// finalizer and is not counted yet (failed absent, failedIndexes ""), active 2, ready 2, no replacement yet.
export default {
  id: 'jobe2e3/sp-met-during-index-backoff-snapshot',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex_DelayedPodDeletion (the failed pod is kept until its replacement exists); indexed_job_utils.go getPodsWithDelayedDeletionPerIndex; job_controller.go canRemoveFinalizer ("Skipping removal of the finalizer for a pod with delayed deletion")',
  args: ['--duration', '13s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sd}
spec:
  behaviors:
    - selector: {matchLabels: {app: sd}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
        "1": {duration: 15s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sd}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 1
  successPolicy:
    rules: [{succeededIndexes: "1"}]
  template:
    metadata: {labels: {app: sd}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sd');
    h.eq([job.status.active, job.status.ready, job.status.failed, job.status.failedIndexes, job.status.terminating, job.status.conditions], [2, 2, undefined, '', 0, undefined],
      '[active, ready, failed, failedIndexes, terminating, conditions]');
    const pods = h.podsOf('sd');
    h.eq(pods.length, 3, 'no replacement yet');
    h.eq([pods[0].status.phase, pods[0].metadata.finalizers], ['Failed', ['batch.kubernetes.io/job-tracking']], 'index 0 pod keeps its finalizer');
  },
};
