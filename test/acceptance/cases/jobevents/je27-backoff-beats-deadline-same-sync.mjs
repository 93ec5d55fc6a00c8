// The pod fails at 10s (backoffLimit 0) and the deadline is 11s: the batched sync at 11s sees both, and the backoff
// limit is checked first, so the reason, message and Warning event are BackoffLimitExceeded, not DeadlineExceeded.
export default {
  id: 'jobevents/je27-backoff-beats-deadline-same-sync',
  source: 'job_controller.go syncJob ("if exceedsBackoffLimit || pastBackoffLimitOnFailure ... else if jm.pastActiveDeadline(&job)"), recordJobFinished',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: bd}
spec:
  backoffLimit: 0
  activeDeadlineSeconds: 11
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'bd' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev.slice(1), [[11, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit']], 'failure event');
    const s = h.job('bd').status;
    h.eq(s.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 11]], 'conditions');
  },
};
