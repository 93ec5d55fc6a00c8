// Counterpart of "should recreate pods only after they have failed if pod replacement policy is set to Failed", with the
// default policy TerminatingOrFailed: the only pod ignores SIGTERM and is evicted at 20s. The sync at 21s counts it as
// failed already (deletionTimestamp set, not Succeeded) with terminating 1; its finish time is deletionTimestamp minus
// the grace period (20s), so the replacement comes after the 10s backoff at 30s, while the old pod still terminates
// (SIGKILL at 50s, exit 137). The replacement succeeds at 90s; Complete at 91s with failed 1.
export default {
  id: 'e2e2/evicted-default-replacement',
  source: 'test/e2e/apps/job.go "should recreate pods only after they have failed if pod replacement policy is set to Failed" (contrast); job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded unless onlyReplaceFailedPods), getFinishedTime/getFinishTimeFromDeletionTimestamp, manageJob (terminating not subtracted for TerminatingOrFailed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 20s, evictPod: default/ev-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ev}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 60s, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ev');
    h.eq(job.spec.podReplacementPolicy, 'TerminatingOrFailed', 'default policy');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 91], ['Complete', 'CompletionsReached', 91]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.terminating], [1, 1, 0], 'counters');
    const pods = h.podsOf('ev');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 50, 'Failed', 137], [30, undefined, 'Succeeded', 0]], 'pods: replacement while the evicted pod still terminates');
  },
};
