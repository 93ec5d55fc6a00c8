// completions 4, parallelism 1: the first pod fails at 10s (recreation back-off 10s, until 20s). Raising parallelism to 3
// at 12s syncs the Job at once, but the back-off holds every creation: nothing until 20s, when three pods are created
// together; the fourth completion starts at 31s, and the Job completes at 42s (failed 1).
export default {
  id: 'jobe2e3/parallelism-raised-during-backoff-waits',
  source: 'test/integration/job/job_test.go TestParallelJobChangingParallelism ("Increase parallelism again") and TestJobPodsCreatedWithExponentialBackoff; job_controller.go updateJob (generation change -> enqueueSyncJobImmediately), manageJob (`remainingTime := jobCtx.newBackoffRecord.getRemainingTime(...)`; if > 0 enqueueSyncJobWithDelay and create nothing), backoff_utils.go getRemainingTimeForFailuresCount',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pb}
spec:
  behaviors:
    - selector: {matchLabels: {app: pb}}
      duration: 10s
      exitCodes: [1, 0]
  timeline:
    - {at: 12s, patch: {kind: Job, name: pb, spec: {parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pb}
spec:
  completions: 4
  parallelism: 1
  template:
    metadata: {labels: {app: pb}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Job', name: 'pb', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 20, 20, 20, 31], 'SuccessfulCreate times');
    h.eq(h.podsOf('pb').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [20, 'Succeeded'], [20, 'Succeeded'], [20, 'Succeeded'], [31, 'Succeeded']], 'pods');
    const job = h.job('pb');
    h.eq([job.spec.parallelism, job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [3, 4, 1, 42], '[parallelism, succeeded, failed, completionTime]');
  },
};
