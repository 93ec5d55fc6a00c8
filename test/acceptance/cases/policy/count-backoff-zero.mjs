// Count with backoffLimit 0: the counted failure exceeds the limit: FailureTarget then Failed,
// reason BackoffLimitExceeded (not PodFailurePolicy), one second after the failure.
export default {
  id: 'policy/count-backoff-zero',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "count rule matched for exit codes"; job-controller.md §2.4 step 4, §2.9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Count, onExitCodes: { operator: In, values: [1, 2, 3] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "2" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    const m = 'Job has reached the specified backoff limit';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', m, 11], ['Failed', 'BackoffLimitExceeded', m, 11]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message]), [['BackoffLimitExceeded', m]], 'event');
  },
};
