// backoffLimit 0 with OnFailure and three pods: the rule is `sum > 0`, so the first restart anywhere fails the
// Job. All three containers exit 1 at 10s and restart at once; the sync at 11s sets FailureTarget, deletes the
// three running pods (three SuccessfulDelete events) and counts each as failed: failed 3; Failed at 12s.
export default {
  id: 'onfailure/limit-zero-parallel',
  source: 'job_controller.go pastBackoffLimitOnFailure (BackoffLimit == 0: result > 0), deleteActivePods; reference job §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  backoffLimit: 0
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('z');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active], [3, undefined, undefined], '[failed, succeeded, active]');
    h.eq(h.podsOf('z').map((p) => p.status.containerStatuses[0].restartCount), [1, 1, 1], 'restart counts');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [11, 11, 11], 'deletions');
    h.eq(r.metrics.jobs.failedReasons, { BackoffLimitExceeded: 1 }, 'metrics failedReasons');
  },
};
