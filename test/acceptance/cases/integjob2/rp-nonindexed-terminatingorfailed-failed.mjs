// TestJobPodReplacementPolicy "feature flag true with NonIndexedJob, TerminatingOrFailed policy, delete & fail pods,
// recreate terminating pods" (after failure): both pods of a 2/2 NonIndexed Job are evicted at 5s and take 60s to
// stop (preStop sleep). Under TerminatingOrFailed a deleted pod counts as failed at once, so the replacements come
// after the pod-failure back-off for 2 failures (20s) counted from the deletion request (finish time of a pod still
// running = deletionTimestamp - grace period), not from when the pods end. After the pods end: active 2, failed 2,
// terminating 0, no condition.
export default {
  id: 'integjob2/rp-nonindexed-terminatingorfailed-failed',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag true with NonIndexedJob, TerminatingOrFailed policy, ..." (wantStatusAfterFailure active 2, failed 2, terminating 0); job_controller.go isPodFailed (DeletionTimestamp counts unless onlyReplaceFailedPods); backoff_utils.go getFinishedTime/getFinishTimeFromDeletionTimestamp, getRemainingTimeForFailuresCount',
  args: ['--duration', '120s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: replacement}
spec:
  faults:
    - {at: 5s, evictPod: default/rp-bn7wn}
    - {at: 5s, evictPod: default/rp-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rp}
spec:
  completionMode: NonIndexed
  completions: 2
  parallelism: 2
  podReplacementPolicy: TerminatingOrFailed
  template:
    metadata: {annotations: {jobsim/duration: 600s}}
    spec:
      terminationGracePeriodSeconds: 90
      containers: [{name: main-container, image: foo, lifecycle: {preStop: {sleep: {seconds: 60}}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('rp');
    h.eq(pods.slice(0, 2).map((p) => p.metadata.name), ['rp-bn7wn', 'rp-vqbl8'], 'first pods (the faults name them: update them if the seed names change)');
    const job = h.job('rp');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.terminating, job.status.succeeded ?? 0], [2, 2, 0, 0], '[active, failed, terminating, succeeded]');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p) ?? null, p.metadata.finalizers ?? []]), [
      [0, 'Failed', 143, []], [0, 'Failed', 143, []],
      [25, 'Running', null, ['batch.kubernetes.io/job-tracking']], [25, 'Running', null, ['batch.kubernetes.io/job-tracking']],
    ], 'pods [created, phase, exit code, finalizers]');
    h.eq((job.status.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type), [], 'no Job condition');
  },
};
