// After a success resets the record, the next failures double from 10s again: fail 10 -> +10s -> 20, fail 30 ->
// +20s -> 50, success 60 (next pod at once, 61), fail 71 -> +10s -> 81, fail 91 -> +20s -> 111, success 121.
export default {
  id: 'backoff/reset-then-doubles-again',
  source: 'backoff_utils.go newBackoffRecord (success resets failuresAfterLastSuccess; later failures add again), getRemainingTimeForFailuresCount; reference job-controller §3.2-3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: r }
spec:
  completions: 2
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,0,1,1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('r');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 61, 81, 111], 'creation times');
    const job = h.job('r');
    h.eq([job.status.succeeded, job.status.failed], [2, 4], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 122, 'Complete at 122s');
  },
};
