// Exit code 10 matches neither rule: default handling, counted, backoffLimit 0 exceeded
// (modern: the interim FailureTarget first).
export default {
  id: 'policy/no-rule-matches-backoff-zero',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "default job based on OnExitCodes; JobManagedBy enabled triggers adding interim condition"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [1, 2, 3] } }
    - { action: FailJob, onExitCodes: { operator: In, values: [5, 6, 7] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "10" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason]), [['FailureTarget', 'BackoffLimitExceeded'], ['Failed', 'BackoffLimitExceeded']], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0], [1, 0], '[failed, active]');
  },
};
