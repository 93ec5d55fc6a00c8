// The FailJob match and activeDeadlineSeconds both hold at +11s: the pod failure policy wins.
export default {
  id: 'policy/failjob-beats-deadline',
  source: 'job_controller.go syncJob (FailJob before pastActiveDeadline); job-controller.md §2.4, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  activeDeadlineSeconds: 11
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
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', 11], ['Failed', 'PodFailurePolicy', 11]], 'conditions');
  },
};
