// An explicit backoffLimit next to backoffLimitPerIndex keeps the OnFailure restart rule in force: two indexes
// crash-loop (10s runs), restarts at 10s (sum 2) and 30s (sum 4 >= 3): FailureTarget BackoffLimitExceeded at 31s,
// both pods deleted and counted failed (failed 2); no index is failed (the killed pods have failure count 0).
export default {
  id: 'onfailure/blpi-onfailure-explicit-backofflimit',
  source: 'job_controller.go syncJob (exceedsBackoffLimit || pastBackoffLimitOnFailure before the per-index checks), pastBackoffLimitOnFailure; defaults.go SetDefaults_Job (an explicit backoffLimit is kept); reference job §2.4 steps 4 and 6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: bk}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  backoffLimit: 3
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('bk');
    h.eq(job.spec.backoffLimit, 3, 'kept');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 31],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 32]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes], [2, ''], '[failed, failedIndexes]');
    h.eq(h.podsOf('bk').map((p) => p.status.containerStatuses[0].restartCount), [2, 2], 'restart counts');
  },
};
