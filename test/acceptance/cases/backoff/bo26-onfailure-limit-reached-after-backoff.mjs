// OnFailure, backoffLimit 2: restarts at 10s (at once) and 30s (after the 10s crash-loop wait): restartCount 2 >= 2
// at 30s, FailureTarget BackoffLimitExceeded at 31s (pod update batched 1s), the pod is deleted and counted failed.
export default {
  id: 'backoff/onfailure-limit-reached-after-backoff',
  source: 'job_controller.go pastBackoffLimitOnFailure (sum of restartCount >= backoffLimit); kubelet crash-loop back-off 0, 10s; reference job-controller §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: lim }
spec:
  backoffLimit: 2
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('lim')[0];
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30], 'starts');
    const job = h.job('lim');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'BackoffLimitExceeded').lastTransitionTime), 31, 'FailureTarget at 31s');
    h.eq(job.status.failed, 1, 'status.failed');
    h.eq(h.podsOf('lim').length, 1, 'no replacement pod');
  },
};
