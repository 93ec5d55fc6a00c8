// README "For learners": a Job whose pods always exit 1 (10s runs, backoffLimit 6): SuccessfulCreate at
// +0s, +20s, +50s, +1m40s, +3m10s, +6m, +11m30s (each replacement 10s, 20s, 40s, 80s, 160s, 320s after the
// previous failure), then FailureTarget and Failed, reason BackoffLimitExceeded, one second after the
// seventh failure (+11m41s).
export default {
  id: 'readme/retry-backoff-tutorial',
  source: 'README "For learners: reading a run"; job_controller.go getPodBackoff/newBackoffRecord (10s * 2^(n-1) from the last finish), pastBackoffLimit (failed > backoffLimit), syncJobBatchPeriod 1s',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: flaky-report
spec:
  backoffLimit: 6
  template:
    metadata:
      annotations:
        jobsim/duration: "10s"
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: report
        image: registry.example.com/report:3.1
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'SuccessfulCreate', name: 'flaky-report' }).map((e) => h.sec(e.firstTimestamp)), [0, 20, 50, 100, 190, 360, 690], 'SuccessfulCreate times');
    const job = h.job('flaky-report');
    h.eq(h.sec(h.cond(job, 'FailureTarget').lastTransitionTime), 701, 'FailureTarget');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 701, 'Failed');
    h.eq(job.status.failed, 7, 'failed');
    const order = (job.status.conditions ?? []).map((c) => c.type);
    h.eq(order, ['FailureTarget', 'Failed'], 'condition order');
  },
};
