// Integration TestFinalizersClearedWhenBackoffLimitExceededWithManyPods: parallelism = completions = 500,
// backoffLimit 0. The first failure fails the Job: every other pod (running or still pending) is deleted in one
// sync (500 is the per-sync cap) and counted as failed; no pod keeps the job-tracking finalizer.
export default {
  id: 'upstreamtests/integration-many-pods-backoff-limit',
  source: 'test/integration/job/job_test.go TestFinalizersClearedWhenBackoffLimitExceededWithManyPods (validateJobFailed, validateNoOrphanPodsWithFinalizers); job_controller.go deleteActivePods, trackJobStatusAndRemoveFinalizers (pods killed by a failure condition counted failed)',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: many}
spec:
  behaviors:
  - selector: {matchLabels: {app: many}}
    duration: 100s
    perIndex:
      "0": {duration: 5s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: many}
spec:
  parallelism: 500
  completions: 500
  completionMode: Indexed
  backoffLimit: 0
  template:
    metadata: {labels: {app: many}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('many');
    const f = h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.active ?? 0, job.status.terminating], [500, 0, 0, 0], 'counters');
    h.eq(h.sec(h.cond(job, 'FailureTarget').lastTransitionTime), 6, 'FailureTarget at the sync after the first failure');
    const pods = h.podsOf('many');
    h.eq([pods.length, pods.filter((p) => (p.metadata.finalizers ?? []).includes('batch.kubernetes.io/job-tracking')).length], [500, 0], 'pods, pods keeping the finalizer');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).length, 499, 'deleted pods');
    h.assert(h.sec(f.lastTransitionTime) >= 6, 'Failed after FailureTarget');
  },
};
