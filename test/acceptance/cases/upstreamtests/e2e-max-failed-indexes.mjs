// e2e "should terminate job execution when the number of failed indexes exceeds maxFailedIndexes": parallelism 1 (so
// only one pod is created), completions 4, backoffLimitPerIndex 0, maxFailedIndexes 0, pods fail: the first failed
// index fails the Job early (MaxFailedIndexesExceeded), FailedIndexes "0", Failed 1.
export default {
  id: 'upstreamtests/e2e-max-failed-indexes',
  source: 'test/e2e/apps/job.go "should terminate job execution when the number of failed indexes exceeds maxFailedIndexes" (FailedIndexes "0", Failed 1); job_controller.go syncJob (MaxFailedIndexesExceeded, "Job has exceeded the specified maximal number of failed indexes")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: with-max-failed-indexes}
spec:
  parallelism: 1
  completions: 4
  completionMode: Indexed
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  template:
    metadata: {annotations: {jobsim/duration: 5s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-max-failed-indexes');
    const f = h.hasCond(job, 'Failed', 'MaxFailedIndexesExceeded');
    h.eq([f.message, h.sec(f.lastTransitionTime)], ['Job has exceeded the specified maximal number of failed indexes', 6], 'Failed condition');
    h.eq([job.status.failedIndexes, job.status.failed, job.status.completedIndexes ?? '', job.status.succeeded ?? 0], ['0', 1, '', 0], 'status');
    h.eq(h.podsOf('with-max-failed-indexes').length, 1, 'only one pod created');
  },
};
