// The pod's own activeDeadlineSeconds (15) passes during the container's second run (restarted in place at 10s,
// container OnFailure, pod Never, exits 1 then 0 at 20s): Killing at 15s, the run ends with 143 (10-15),
// lastState the first run (exit 1, 0-10); pod Failed DeadlineExceeded; the Job (backoffLimit 6) counts one
// failure and creates a replacement pod after the 10s pod back-off (at 26s: counted at 16s).
export default {
  id: 'crr2/pod-deadline-during-restarted-run',
  source: 'pkg/kubelet/active_deadline.go; kuberuntime killContainer (Killing "Stopping container c"); job_controller.go getPodCreationInfoForIndependentIndexes / backoff (10s after the first failure)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: {name: pr}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      activeDeadlineSeconds: 15
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('pr');
    const p = pods[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, p.status.reason, cs.restartCount], ['Failed', 'DeadlineExceeded', 1], '[phase, reason, restartCount]');
    h.eq([cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.startedAt), h.sec(cs.state.terminated?.finishedAt)], [143, 10, 15], 'state');
    h.eq([cs.lastState.terminated?.exitCode, h.sec(cs.lastState.terminated?.finishedAt)], [1, 10], 'lastState');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[15, 'Stopping container c']], 'Killing');
    h.eq(h.job('pr').status.failed, 1, 'failed');
    h.eq(pods.length, 2, 'a replacement pod');
  },
};
