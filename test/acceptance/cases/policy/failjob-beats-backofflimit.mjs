// A failure that both matches FailJob and exceeds backoffLimit 0: the pod failure policy is
// evaluated first, so the reason is PodFailurePolicy.
export default {
  id: 'policy/failjob-beats-backofflimit',
  source: 'job_controller.go syncJob (getFailJobMessage before exceedsBackoffLimit); job-controller.md §2.4 steps 3-4, §15 item 10',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "5" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason]), [['FailureTarget', 'PodFailurePolicy'], ['Failed', 'PodFailurePolicy']], 'conditions');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => e.reason), ['PodFailurePolicy'], 'warning events');
  },
};
