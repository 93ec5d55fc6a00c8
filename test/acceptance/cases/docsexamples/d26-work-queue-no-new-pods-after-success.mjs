// Job concept page, work queue Jobs: "when any Pod from the Job terminates with success, no new Pods are created" and
// "once at least one Pod has terminated with success and all Pods are terminated, then the Job is completed with
// success". Three workers, restartPolicy Never: the first exits 0, the second and third exit 1 at the same time: no
// replacement is created and the Job completes (succeeded 1, failed 2).
export default {
  id: 'docsexamples/d26-work-queue-no-new-pods-after-success',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs; job_controller.go manageJob (wantActive = active once succeeded > 0 for nil completions), syncJob complete check; reference job §2.6, §15 item 11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: job-wq
spec:
  parallelism: 3
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "0,1,1"
    spec:
      containers:
      - name: c
        image: gcr.io/myproject/job-wq
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('job-wq');
    h.eq(h.podsOf('job-wq').map((p) => [p.status.phase, h.exitCodeOf(p)]).sort(), [['Failed', 1], ['Failed', 1], ['Succeeded', 0]], 'pods');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1, 2, 11], 'status');
    h.hasCond(job, 'Complete');
  },
};
