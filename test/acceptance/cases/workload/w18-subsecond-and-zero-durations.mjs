// Durations are kept in milliseconds and timestamps are written with second precision by truncation
// (metav1.Time RFC 3339): a 0s container starts and finishes in the same second; three 400ms runs under
// OnFailure (exit 1, 1, 0; restart back-off 0s then 10s) give startedAt/finishedAt 0/0, 0/0, 10/11.
export default {
  id: 'workload/subsecond-and-zero-durations',
  source: 'CONTRACT.md §3 (second precision as the API server writes them); README Time and randomness (milliseconds); kubelet backoff 0s then 10s',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: zero}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "0s"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sub}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "600ms", jobsim/exit-codes: "1,1,0"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: OnFailure}
`,
  check(r, h) {
    const z = h.podsOf('zero')[0].status.containerStatuses[0].state.terminated;
    h.eq([z.exitCode, z.reason, h.sec(z.startedAt), h.sec(z.finishedAt)], [0, 'Completed', 0, 0], 'zero-length run');
    h.hasCond(h.job('zero'), 'Complete');
    const cs = h.podsOf('sub')[0].status.containerStatuses[0];
    h.eq(cs.restartCount, 2, 'restarts');
    // run 1: 0-0.6 (exit 1), restart at once: 0.6-1.2 (exit 1), back-off 10s: 11.2-11.8 (exit 0)
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [0, 1], 'second run 0.6s-1.2s');
    h.eq([h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt), cs.state.terminated.exitCode], [11, 11, 0], 'third run 11.2s-11.8s');
  },
};
