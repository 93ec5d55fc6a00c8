// TestJobBackoffOnRestartPolicyNever rows "not enough failures with backoffLimit 6 - multiple pods" (6
// failed: still running, replacements) and "too many failures with backoffLimit 6 - multiple pods" (7+
// failed: Failed). Parallelism 2, every pod fails after 10s; each round adds 2 failures: back-off 20s,
// 80s, 320s; failed 6 does not fail the Job, failed 8 does (at 461s).
export default {
  id: 'jobtable/never-limit6-multiple',
  source: 'job_controller_test.go TestJobBackoffOnRestartPolicyNever "not enough failures with backoffLimit 6 - multiple pods", "too many failures with backoffLimit 6 - multiple pods"; backoff_utils.go; reference §2.4 step 4, §3.2-3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: nv6}
spec:
  parallelism: 2
  completions: 2
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('nv6').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 30, 30, 120, 120, 450, 450], 'pod creation times');
    const job = h.job('nv6');
    h.eq([job.status.active ?? 0, job.status.failed], [0, 8], '[active, failed]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 461], ['Failed', 'BackoffLimitExceeded', 461]], 'conditions');
  },
};
