// NotIn [5,6,7] with exit code 5: no rule matches, the failure counts as usual (failed 1) and
// the pod is replaced after the 10s back-off; the second attempt succeeds.
export default {
  id: 'policy/notin-default-handling',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "default handling job based on OnExitCodes with NotIn operator"; job-controller.md §3.3, §2.6 step 5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: NotIn, values: [5, 6, 7] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "5,0" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Failed', 5], [20, 'Succeeded', 0]], 'pods');
    const job = h.job('x');
    h.eq([job.status.failed, job.status.succeeded], [1, 1], '[failed, succeeded]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 31], ['Complete', 'CompletionsReached', 31]], 'conditions');
  },
};
