// Under restartPolicy OnFailure each container restart is an attempt and the last exit code repeats:
// exit-codes "2,3" gives 2, 3, 3, 3... restartCount counts the restarts, lastState holds the previous run,
// restarts come after the crash-loop back-off 0s, 10s, 20s. With backoffLimit 3 the Job fails when the
// restarts reach 3 (>= rule, pod restarts counted) and the running container is killed.
export default {
  id: 'workload/onfailure-last-code-repeats',
  source: 'CONTRACT.md §2 (attempt: each container restart under OnFailure; the last exit code repeats); pkg/kubelet/kuberuntime backoff 10s doubling; job_controller.go pastBackoffLimitOnFailure (>=)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 3
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "2,3"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: OnFailure}
`,
  check(r, h) {
    const p = h.podsOf('j');
    h.eq(p.length, 1, 'one pod');
    const cs = p[0].status.containerStatuses[0];
    // runs: 0-5 (2), 5-10 (3), 20-25 (3), 45-50 (3) -> restartCount 3 after the third restart at 45s
    h.eq(cs.restartCount, 3, 'restartCount');
    h.eq(cs.lastState.terminated.exitCode, 3, 'lastState exit code');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [20, 25], 'lastState run');
    h.eq(h.events({ reason: 'Started', name: p[0].metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 5, 20, 45], 'container starts');
    h.hasCond(h.job('j'), 'Failed', 'BackoffLimitExceeded');
  },
};
