// TestPastDeadlineJobFinished: a Job with activeDeadlineSeconds 1 gets its startTime on the first sync and
// the DeadlineExceeded failure not earlier than startTime + 1s: FailureTarget at 1s (the re-sync queued
// for the deadline), the running pod deleted, Failed at 2s.
export default {
  id: 'jobtable/past-deadline-job-finished',
  source: 'job_controller_test.go TestPastDeadlineJobFinished; job_controller.go syncJob (queue.AddAfter(ADS - elapsed)); reference §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: job1}
spec:
  activeDeadlineSeconds: 1
  template:
    metadata: {annotations: {jobsim/duration: 10s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('job1');
    h.eq(h.sec(job.status.startTime), 0, 'startTime');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 1], ['Failed', 'DeadlineExceeded', 2]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0], [1, 0], '[failed, active]');
  },
};
