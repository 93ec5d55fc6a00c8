// TestJobPodReplacementPolicy "... podFailurePolicy enabled, delete & fail pods, recreate failed pods" (after failure),
// with today's defaults (JobPodReplacementPolicy GA): a Job with a podFailurePolicy must use podReplacementPolicy
// Failed, so the two evicted pods are replaced only once they are Failed (65s: preStop 60s, then SIGTERM -> 143). The
// FailJob rule (exit code 5) does not match 143, so both failures are counted; the replacements come after the back-off
// for 2 failures (20s) from the pods' finish time: 85s. Final: active 2, failed 2, terminating 0, no condition.
export default {
  id: 'integjob2/rp-podfailurepolicy-failed',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag false, podFailurePolicy enabled, delete & fail pods, recreate failed pods" (modern defaults); job_controller.go onlyReplaceFailedPods, isPodFailed, manageJob (terminating subtracted), trackJobStatusAndRemoveFinalizers (matchPodFailurePolicy countFailed); pod_failure_policy.go (no rule matched -> counted)',
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
  podReplacementPolicy: Failed
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: {operator: In, values: [5]}
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
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p) ?? null, (p.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget' && c.status === 'True')]), [
      [0, 'Failed', 143, true], [0, 'Failed', 143, true], [85, 'Running', null, false], [85, 'Running', null, false],
    ], 'pods [created, phase, exit code, DisruptionTarget]');
    h.eq((job.status.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type), [], 'no Job condition (the FailJob rule did not match)');
  },
};
