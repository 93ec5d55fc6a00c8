// Ignore: with backoffLimit 0 an ignored failure neither fails the Job nor counts in
// status.failed; the replacement still waits the 10s back-off (ignored failures feed it).
export default {
  id: 'policy/ignore-exit-code-backoff-zero',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "ignore pod failure based on OnExitCodes"; TestMatchPodFailurePolicy "ignore rule matched for exit codes"; job-controller.md §3.2 (Ignored failures count for the back-off), §5',
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
    metadata: { annotations: { jobsim/exit-codes: "1,0" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Failed', 1], [20, 'Succeeded', 0]], 'pods');
    const job = h.job('x');
    h.eq([job.status.failed ?? 0, job.status.succeeded], [0, 1], '[failed, succeeded]');
    h.eq('failed' in job.status, false, 'status.failed omitted (0)');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq(h.sec(h.cond(job, 'Complete').lastTransitionTime), 31, 'Complete at +31s');
    h.noCond(job, 'FailureTarget');
  },
};
