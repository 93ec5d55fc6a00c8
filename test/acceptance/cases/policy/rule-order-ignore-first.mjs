// Both rules match exit code 2; the first (Ignore) decides, the FailJob rule is never reached.
export default {
  id: 'policy/rule-order-ignore-first',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "ignore pod failure; both rules are matching, the first is executed only"; pod_failure_policy.go matchPodFailurePolicy',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [1, 2, 3] } }
    - { action: FailJob, onExitCodes: { operator: In, values: [2, 5] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "2,0" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.noCond(job, 'FailureTarget');
    h.hasCond(job, 'Complete');
    h.eq([job.status.failed ?? 0, job.status.succeeded, h.podsOf('x').length], [0, 1, 2], '[failed, succeeded, pods]');
  },
};
