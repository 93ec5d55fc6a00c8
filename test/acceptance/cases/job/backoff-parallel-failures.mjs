// Two pods failing in the same sync add 2 to the failure count: the delay is 20s, and both replacements wait for it.
export default {
  id: 'job/backoff-parallel-failures',
  source: 'backoff_utils.go newBackoffRecord (failuresAfterLastSuccess += len(newFailedPods)); manageJob remainingTime gate; reference §3.2-3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: par
spec:
  completions: 4
  parallelism: 2
  backoffLimit: 3
  template:
    metadata:
      annotations:
        jobsim/duration: "10s"
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('par');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 30, 30], 'pod creation times (s)');
    const job = h.job('par');
    h.eq(job.status.failed, 4, 'status.failed (4 > backoffLimit 3)');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'BackoffLimitExceeded').lastTransitionTime), 41, 'FailureTarget time');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 41, 'Failed time');
    h.eq(h.events({ reason: 'SuccessfulCreate', kind: 'Job', name: 'par' }).length, 4, 'SuccessfulCreate events');
  },
};
