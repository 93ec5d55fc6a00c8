// e2e "should fail to exceed backoffLimit": backoffLimit 1, pods exit 1: exactly 2 pods, both Failed (the second after the
// 10s recreation backoff); FailureTarget and Failed BackoffLimitExceeded; final active 0, ready 0, terminating 0.
export default {
  id: 'e2e/backoff-limit',
  source: 'test/e2e/apps/job.go "should fail to exceed backoffLimit" (FailureTarget/BackoffLimitExceeded, Failed/BackoffLimitExceeded, HaveLen(backoff+1) all PodFailed, Active 0, Ready 0, Terminating 0); reference job-controller §2.4 step 4, §3.2',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: backofflimit}
spec:
  parallelism: 1
  completions: 1
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: 1s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, exit 1]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('backofflimit');
    const m = 'Job has reached the specified backoff limit';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', m, 12], ['Failed', 'BackoffLimitExceeded', m, 12]], 'conditions');
    h.eq(h.podsOf('backofflimit').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Failed', 1], [11, 'Failed', 1]], 'pods');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.ready, job.status.terminating], [2, 0, 0, 0], 'status');
  },
};
