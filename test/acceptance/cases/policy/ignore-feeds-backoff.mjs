// Three ignored failures in a row: none counts (backoffLimit 0 never trips), but each feeds the
// exponential back-off: replacements 10s, 20s, 40s after each failure.
export default {
  id: 'policy/ignore-feeds-backoff',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "ignore pod failure based on OnPodConditions, ignored failures delays pod recreation"; backoff_utils.go newBackoffRecord; job-controller.md §3.2, §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [1] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,1,0" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100], 'creation times');
    const job = h.job('x');
    h.eq([job.status.failed ?? 0, job.status.succeeded], [0, 1], '[failed, succeeded]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 111, 'Complete at +111s');
  },
};
