// Work-queue Job (no completions, parallelism 3): after the first success no pod is replaced; it completes when all
// pods are done, even though one of them failed.
export default {
  id: 'job/workqueue-completes',
  source: 'job_controller.go manageJob (completions nil: wantActive = active after a success), syncJob complete = succeeded > 0 && active == 0; reference §2.6, §15 item 11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: wq
spec:
  parallelism: 3
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "0,1,0"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('wq');
    h.eq(job.spec.completions, undefined, 'completions stays unset');
    h.eq(h.podsOf('wq').length, 3, 'pods');
    h.eq([job.status.succeeded, job.status.failed], [2, 1], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 11, 'Complete time');
  },
};
