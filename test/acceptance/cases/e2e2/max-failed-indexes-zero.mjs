// e2e ConformanceIt "should terminate job execution when the number of failed indexes exceeds maxFailedIndexes":
// parallelism 1, completions 4, backoffLimitPerIndex 0, maxFailedIndexes 0, pods exit 1. Index 0 fails at 10s; the
// sync at 11s marks it failed, 1 > 0, so FailureTarget and Failed (MaxFailedIndexesExceeded) at once; only one pod ran.
export default {
  id: 'e2e2/max-failed-indexes-zero',
  source: 'test/e2e/apps/job.go ConformanceIt "should terminate job execution when the number of failed indexes exceeds maxFailedIndexes" (FailedIndexes "0", Failed 1); job_controller.go syncJob (failedIndexes.total() > maxFailedIndexes: "Job has exceeded the specified maximal number of failed indexes")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: with-max-failed-indexes}
spec:
  parallelism: 1
  completions: 4
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, "exit 1"]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-max-failed-indexes');
    const msg = 'Job has exceeded the specified maximal number of failed indexes';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'MaxFailedIndexesExceeded', msg, 11], ['Failed', 'MaxFailedIndexesExceeded', msg, 11]], 'conditions');
    h.eq([job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.failed, job.status.succeeded ?? 0], ['0', '', 1, 0], 'status');
    h.eq(h.podsOf('with-max-failed-indexes').length, 1, 'one pod created');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['MaxFailedIndexesExceeded', msg, 11]], 'warning event');
  },
};
