// Count before Ignore, both matching exit code 2: the failure counts (failed 1) and the pod is
// replaced after the 10s back-off.
export default {
  id: 'policy/rule-order-count-first',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "count pod failure based on OnExitCodes; both rules are matching, the first is executed only"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - { action: Count, onExitCodes: { operator: In, values: [1, 2] } }
    - { action: Ignore, onExitCodes: { operator: In, values: [2, 3] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "2,0" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq([job.status.failed, job.status.succeeded], [1, 1], '[failed, succeeded]');
    h.eq(h.podsOf('x').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'creation times');
    h.hasCond(job, 'Complete');
  },
};
