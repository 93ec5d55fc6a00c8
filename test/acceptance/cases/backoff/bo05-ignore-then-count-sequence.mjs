// Ignored failures (exit 42) and a counted one (exit 1) all feed the same record: delays 10s, 20s, 40s;
// only the counted failure reaches status.failed.
export default {
  id: 'backoff/ignore-then-count-sequence',
  source: 'job_controller.go getNewFinishedPods (every failed pod, Ignored ones too, goes to newBackoffRecord); pod_failure_policy.go Ignore; reference job-controller §3.2, §5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: e }
spec:
  backoffLimit: 1
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [42] } }
    - { action: Count, onExitCodes: { operator: In, values: [1] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "42,42,1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('e');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100], 'creation times');
    h.eq(pods.map((p) => h.exitCodeOf(p)), [42, 42, 1, 0], 'exit codes');
    const job = h.job('e');
    h.eq([job.status.failed, job.status.succeeded], [1, 1], '[failed, succeeded]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 111, 'Complete at 111s');
  },
};
