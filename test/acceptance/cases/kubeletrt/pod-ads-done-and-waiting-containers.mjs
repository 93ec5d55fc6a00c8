// Pod Never; a (own restartPolicy OnFailure) and b (none); every 10s run exits 1. At 10s b is done for good and a is
// restarted at once; a exits again at 20s and waits a 10s back-off. The pod's activeDeadlineSeconds (25) passes
// during that wait: nothing runs, so no Killing; the pod is Failed DeadlineExceeded at 25s; TerminatePod turns the
// waiting a into ContainerStatusUnknown (137, keeping lastState 10-20 and restartCount 1), b keeps its own exit
// (1, Error, 0-10). Ready/ContainersReady keep their 10s transition with reason PodFailed. backoffLimit 0: the Job
// fails at 26s.
export default {
  id: 'kubeletrt/pod-ads-done-and-waiting-containers',
  source: 'pkg/kubelet/active_deadline.go ShouldEvict; pkg/kubelet/kubelet_pods.go generateAPIPodStatus, convertToAPIContainerStatuses (a waiting: ShouldContainerBeRestarted); pkg/kubelet/status/status_manager.go TerminatePod (non-terminated -> ContainerStatusUnknown 137 "The container could not be located when the pod was terminated"); status/generate.go generateContainersReadyConditionForTerminalPhase (PodFailed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: mx }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      activeDeadlineSeconds: 25
      restartPolicy: Never
      containers:
      - { name: a, image: busybox:1.36, restartPolicy: OnFailure }
      - { name: b, image: busybox:1.36 }
`,
  check(r, h) {
    const p = h.podsOf('mx')[0];
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod');
    const [a, b] = p.status.containerStatuses;
    h.eq([a.name, a.restartCount, a.state.terminated, h.sec(a.lastState.terminated.finishedAt)],
      ['a', 1, { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' }, 20], 'a');
    const bt = b.state.terminated;
    h.eq([b.name, b.restartCount, bt.exitCode, bt.reason, h.sec(bt.startedAt), h.sec(bt.finishedAt), b.lastState?.terminated], ['b', 0, 1, 'Error', 0, 10, undefined], 'b');
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason, h.sec(c.lastTransitionTime)], ['False', 'PodFailed', 10], 'Ready');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).length, 0, 'no Killing');
    h.eq(h.events({ reason: 'DeadlineExceeded', kind: 'Pod' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.source.component]), [[25, 'Normal', 'kubelet']], 'DeadlineExceeded event');
    const j = h.job('mx');
    h.eq([j.status.failed, h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime)], [1, 26], 'Job');
  },
};
