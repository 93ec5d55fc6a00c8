// TestDelayTerminalPhaseCondition "job backoff limit exceeded; JobPodReplacementPolicy enabled", with the test's pod
// finalizer (fake.example.com/blockDeletion) on the template: 2/2, backoffLimit 0. Index 0 fails at 10s: FailureTarget
// (BackoffLimitExceeded) at 11s, the other pod is deleted and counted failed. It ignores SIGTERM and finishes its work
// within the grace period, Succeeded (20s) - as the test sets the remaining pods Succeeded. Terminal status: failed 2,
// succeeded 0, ready 0, terminating 0, [FailureTarget, Failed]; both pods stay (held by the user finalizer) without the
// tracking finalizer.
export default {
  id: 'integjob2/delay-terminal-backoff-blockdeletion-final',
  source: 'test/integration/job/job_test.go TestDelayTerminalPhaseCondition "job backoff limit exceeded; JobPodReplacementPolicy enabled" (blockDeletionFinalizerForTest; wantInterimStatus Failed 2 Terminating 1; wantTerminalStatus Failed 2, Ready 0, Terminating 0, [FailureTarget, Failed]); job_controller.go enactJobFinished, trackJobStatusAndRemoveFinalizers',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: delay-terminal}
spec:
  behaviors:
    - selector: {matchLabels: {app: dt}}
      duration: 10s
      onSigterm: ignore
      perIndex:
        "0": {exitCodes: [1]}
        "1": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dt}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 0
  template:
    metadata:
      labels: {app: dt}
      finalizers: [fake.example.com/blockDeletion]
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('dt');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11],
      ['Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 21],
    ], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.ready, job.status.terminating, job.status.active ?? 0, job.status.completedIndexes ?? ''], [2, 0, 0, 0, 0, ''],
      '[failed, succeeded, ready, terminating, active, completedIndexes]');
    h.eq(h.podsOf('dt').map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers ?? []]), [
      ['Failed', 1, undefined, ['fake.example.com/blockDeletion']], ['Succeeded', 0, 41, ['fake.example.com/blockDeletion']],
    ], 'pods [phase, exit code, deletionTimestamp, finalizers]');
  },
};
