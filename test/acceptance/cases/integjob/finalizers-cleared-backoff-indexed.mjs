// TestFinalizersClearedWhenBackoffLimitExceeded: Indexed 100/100, backoffLimit 0; one pod fails -> the Job fails
// (BackoffLimitExceeded) and no pod of the Job keeps the batch.kubernetes.io/job-tracking finalizer. The 99 running pods
// killed by the failure count as failed; Failed waits for them to terminate (next sync, +1s).
export default {
  id: 'integjob/finalizers-cleared-backoff-indexed',
  source: 'test/integration/job/job_test.go TestFinalizersClearedWhenBackoffLimitExceeded (validateJobFailed, validateNoOrphanPodsWithFinalizers, metric Indexed/failed/BackoffLimitExceeded); job_controller.go trackJobStatusAndRemoveFinalizers; reference §2.7, §15.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fin-cleared}
spec:
  behaviors:
    - selector: {matchLabels: {app: fc}}
      duration: 300s
      perIndex:
        "0": {duration: 5s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fc}
spec:
  completionMode: Indexed
  completions: 100
  parallelism: 100
  backoffLimit: 0
  template:
    metadata: {labels: {app: fc}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('fc');
    h.eq(pods.length, 100, 'pods created');
    h.eq(pods.filter((p) => (p.metadata.finalizers ?? []).includes('batch.kubernetes.io/job-tracking')).length, 0, 'pods still holding the tracking finalizer');
    const job = h.job('fc');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 6], ['Failed', 'BackoffLimitExceeded', 7]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.active ?? 0, job.status.terminating, job.status.completedIndexes], [100, 0, 0, 0, undefined], '[failed, succeeded, active, terminating, completedIndexes (omitempty)]');
    h.eq(r.metrics.jobs.failedReasons, { BackoffLimitExceeded: 1 }, 'metrics.jobs.failedReasons');
  },
};
