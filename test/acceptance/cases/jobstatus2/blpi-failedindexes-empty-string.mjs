// With backoffLimitPerIndex the controller always writes failedIndexes, "" when no index failed (a non-nil pointer to
// an empty string), from the first status write on.
export default {
  id: 'jobstatus2/blpi-failedindexes-empty-string',
  source: 'pkg/controller/job/job_controller.go trackJobStatusAndRemoveFinalizers (failedIndexesStr = ptr.To(jobCtx.failedIndexes.String()) when jobCtx.failedIndexes != nil); calculateFailedIndexes',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.job('b').status;
    h.eq([s.failedIndexes, s.completedIndexes, s.succeeded, s.failed], ['', '0,1', 2, undefined], '[failedIndexes, completedIndexes, succeeded, failed]');
    h.eq(h.job('b').spec.backoffLimit, 2147483647, 'backoffLimit MaxInt32');
    h.hasCond(h.job('b'), 'Complete', 'CompletionsReached');
  },
};
