// backoffLimit 0: the first failure fails the Job (failed 1 > 0), one sync (1s batching) after the pod fails.
export default {
  id: 'job/backoff-limit-zero',
  source: 'job_controller.go syncJob exceedsBackoffLimit := jobCtx.failed > *job.Spec.BackoffLimit; reference §2.4 step 4, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  backoffLimit: 0
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "2"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('once');
    h.eq(pods.length, 1, 'pods created');
    h.eq(h.exitCodeOf(pods[0]), 2, 'exit code');
    const job = h.job('once');
    h.eq(job.status.failed, 1, 'status.failed');
    const conds = job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastProbeTime)]);
    h.eq(conds, [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11, 11],
      ['Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11, 11],
    ], 'conditions');
    h.eq(job.status.completionTime, undefined, 'no completionTime on a failed Job');
    const ev = h.events({ kind: 'Job', name: 'once' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp), e.source.component]);
    h.eq(ev, [
      ['Normal', 'SuccessfulCreate', `Created pod: ${pods[0].metadata.name}`, 0, 'job-controller'],
      ['Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11, 'job-controller'],
    ], 'Job events');
  },
};
