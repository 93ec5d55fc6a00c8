// The pod's own activeDeadlineSeconds (25) passes while its container (OnFailure, exit 1 always, pod Never)
// waits in back-off (ran 0-10, 10-20). The kubelet fails the pod: phase Failed, reason DeadlineExceeded, event
// DeadlineExceeded "Pod was active on the node longer than the specified deadline" at 25s, no Killing; the last
// run stays in lastState (exit 1, 10-20), restartCount 1. The Job counts the failed pod: backoffLimit 0 ->
// FailureTarget and Failed BackoffLimitExceeded at 26s.
export default {
  id: 'crr2/pod-deadline-during-backoff',
  source: 'pkg/kubelet/active_deadline.go ShouldEvict (reason DeadlineExceeded, message); kubelet_pods.go generateAPIPodStatus (podSyncHandler.ShouldEvict -> PodFailed); job_controller.go (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pads}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      activeDeadlineSeconds: 25
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('pads')[0];
    h.eq(h.podsOf('pads').length, 1, 'one pod');
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod status');
    h.eq([cs.restartCount, cs.lastState.terminated?.exitCode, h.sec(cs.lastState.terminated?.finishedAt)], [1, 1, 20], '[restartCount, last exit, at]');
    h.assert(cs.state.terminated !== undefined, 'container terminated');
    h.eq(h.events({ kind: 'Pod', reason: 'DeadlineExceeded' }).map((e) => [h.sec(e.firstTimestamp), e.type]), [[25, 'Normal']], 'pod DeadlineExceeded event');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).length, 0, 'no Killing');
    const job = h.job('pads');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 26], ['Failed', 'BackoffLimitExceeded', 26]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
