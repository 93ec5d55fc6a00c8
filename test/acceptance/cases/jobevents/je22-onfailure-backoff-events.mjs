// restartPolicy OnFailure, backoffLimit 1: the container fails at 10s and restarts at once (first crash-loop delay 0);
// the batched sync at 11s sees restartCount 1 >= 1 -> FailureTarget BackoffLimitExceeded and deletes the pod (exit 143
// at once); Failed and the Warning event at 12s; the pod counts as 1 failure.
export default {
  id: 'jobevents/je22-onfailure-backoff-events',
  source: 'job_controller.go pastBackoffLimitOnFailure (sum of restartCount of Running/Pending pods >= backoffLimit), syncJob deleteActivePods, recordJobFinished',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: of}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: OnFailure
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.podsOf('of')[0];
    const ev = h.events({ kind: 'Job', name: 'of' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [[0, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`], [11, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`], [12, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit']], 'job events');
    const s = h.job('of').status;
    h.eq(s.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq([s.failed, h.podsOf('of').length], [1, 1], '[failed, pods]');
  },
};
