// NonIndexed, parallelism 2, completions 4, backoffLimit 2. Pods 1-2 fail at +10s (failed 2, not over
// the limit; back-off n=2: 20s from +10s), pods 3-4 are created at +30s; pod 3 fails and pod 4
// succeeds at +40s: failed 3 > 2, BackoffLimitExceeded at +41s (nothing left running).
export default {
  id: 'jobtbl2/never-backoff-limit2-multiple',
  source: 'job_controller_test.go TestJobBackoffOnRestartPolicyNever "too many failures with backoffLimit ... - multiple pods"; backoff_utils.go getRemainingTimeForFailuresCount (10s * 2^(n-1)); reference §2.4 step 4, §3.2-3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 2
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [41, 41], 'FailureTarget, Failed');
    h.eq([j.status.failed, j.status.succeeded, j.status.active ?? 0], [3, 1, 0], '[failed, succeeded, active]');
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 30, 30], 'pod creations');
    h.eq(j.status.completionTime, undefined, 'no completionTime on failure');
  },
};
