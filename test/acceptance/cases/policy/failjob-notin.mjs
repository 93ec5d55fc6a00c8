// NotIn: an exit code outside the values matches (42 not in 5,6,7).
export default {
  id: 'policy/failjob-notin',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job based on OnExitCodes with NotIn operator"; pod_failure_policy.go isOnExitCodesOperatorMatching',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: NotIn, values: [5, 6, 7] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "42" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('x')[0];
    const job = h.job('x');
    const msg = `Container main-container for pod default/${pod.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message]), [['FailureTarget', 'PodFailurePolicy', msg], ['Failed', 'PodFailurePolicy', msg]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
