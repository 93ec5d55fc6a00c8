// The same eviction with podReplacementPolicy Failed: the evicted pod is not failed while it terminates (failed 0,
// terminating 1 from 21s, no condition), and only its SIGKILL at 50s makes it Failed: FailureTarget and Failed
// BackoffLimitExceeded together at 51s.
export default {
  id: 'jobe2e3/evicted-backoff-zero-replacement-failed',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag true with NonIndexedJob, Failed policy, delete & fail pods, recreate failed pods" (wantStatusAfterDeletion failed 0, terminating 2; wantStatusAfterFailure failed 2); test/e2e/apps/job.go "should recreate pods only after they have failed if pod replacement policy is set to Failed"; job_controller.go isPodFailed (onlyReplaceFailedPods: phase Failed only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  faults:
    - {at: 20s, evictPod: default/evf-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: evf}
spec:
  backoffLimit: 0
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('evf');
    h.eq(pods.map((p) => p.metadata.name), ['evf-bn7wn'], 'one pod (the seed named it evf-bn7wn; update the fault if it changed)');
    h.eq([pods[0].status.phase, h.exitCodeOf(pods[0])], ['Failed', 137], 'evicted pod');
    const job = h.job('evf');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 51], ['Failed', 'BackoffLimitExceeded', 51]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating], [1, 0, 0], '[failed, active, terminating]');
  },
};
