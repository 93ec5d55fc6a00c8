// backoffLimit 0, default podReplacementPolicy (TerminatingOrFailed): the only pod ignores SIGTERM and is evicted at 20s.
// Being deleted, it already counts as failed in the 21s sync (failed 1 > 0): FailureTarget BackoffLimitExceeded at 21s,
// terminating 1 while it runs out its 30s grace period; SIGKILL (137) at 50s, Failed at 51s. No replacement.
export default {
  id: 'jobe2e3/evicted-backoff-zero-terminatingorfailed',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag true with NonIndexedJob, TerminatingOrFailed policy ..." (deleted pods counted failed: wantStatusAfterDeletion failed 2, terminating 2) and TestDelayTerminalPhaseCondition "job backoff limit exceeded" (FailureTarget, Terminating 1, then Failed); job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded), syncJob (exceedsBackoffLimit), enactJobFinished',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  faults:
    - {at: 20s, evictPod: default/evt-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: evt}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('evt');
    h.eq(pods.map((p) => p.metadata.name), ['evt-bn7wn'], 'one pod (the seed named it evt-bn7wn; update the fault if it changed)');
    h.eq([pods[0].status.phase, h.exitCodeOf(pods[0]), h.cond(pods[0], 'DisruptionTarget')?.reason], ['Failed', 137, 'EvictionByEvictionAPI'], 'evicted pod');
    const job = h.job('evt');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 21], ['Failed', 'BackoffLimitExceeded', 51]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating], [1, 0, 0], '[failed, active, terminating]');
    h.eq(h.events({ kind: 'Job', name: 'evt' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'SuccessfulCreate'], [51, 'BackoffLimitExceeded']], 'Job events (nothing to delete at 21s)');
  },
};
