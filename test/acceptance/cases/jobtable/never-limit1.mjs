// TestJobBackoffOnRestartPolicyNever rows "not enough failures with backoffLimit 1 - single pod" (one
// failure: replaced, active 1) and "too many failures with backoffLimit 1 - single pod" (two failures:
// FailureTarget and Failed in the same sync as nothing is terminating, active 0, failed 2).
export default {
  id: 'jobtable/never-limit1',
  source: 'job_controller_test.go TestJobBackoffOnRestartPolicyNever "not enough failures with backoffLimit 1 - single pod", "too many failures with backoffLimit 1 - single pod"; reference §2.4 step 4, §2.8, §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: nv1}
spec:
  parallelism: 1
  completions: 1
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('nv1').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [20, 'Failed']], 'pods [created, phase]');
    const job = h.job('nv1');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.terminating], [0, 2, 0], '[active, failed, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 31], ['Failed', 'BackoffLimitExceeded', 31]], 'conditions');
  },
};
