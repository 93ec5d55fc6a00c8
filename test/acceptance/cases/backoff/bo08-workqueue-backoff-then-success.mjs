// Work queue (no completions), parallelism 2: both pods fail at 10s (n=2: 20s) -> two new pods at 30s; at 40s one
// fails and one succeeds at the same instant: no back-off, but after a success a work-queue Job creates nothing
// and completes once no pod is active (41s): succeeded 1, failed 3.
export default {
  id: 'backoff/workqueue-backoff-then-success',
  source: 'backoff_utils.go newBackoffRecord (two new failures -> n=2); job_controller.go manageJob (completions nil: wantActive = active after a success), completion check succeeded > 0 && active == 0; reference job-controller §2.6, §3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: w }
spec:
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('w');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 30, 30], 'creation times');
    const job = h.job('w');
    h.eq([job.status.succeeded, job.status.failed, job.status.active ?? 0], [1, 3, 0], '[succeeded, failed, active]');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 41, 'Complete at 41s');
  },
};
