// The pod's activeDeadlineSeconds (25) passes while c waits in CrashLoopBackOff (runs 0-10, 10-20, back-off
// 10s): the kubelet fails the pod (DeadlineExceeded). The pod is not deleted, so the container would still be
// restarted (ShouldContainerBeRestarted) and its generated status stays waiting; TerminatePod then turns that
// waiting state into terminated ContainerStatusUnknown 137, while lastState keeps the 10-20 run and
// restartCount stays 1. Ready/ContainersReady become PodFailed without a new transition time (False already).
export default {
  id: 'kubestatus/ads-in-crashloop-final-state',
  source: 'pkg/kubelet/status/status_manager.go TerminatePod (non-terminated container status -> ContainerStatusUnknown, exit 137, LastTerminationState untouched); kubelet_pods.go convertToAPIContainerStatuses; pkg/kubelet/container/helpers.go ShouldContainerBeRestarted; active_deadline.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 28s
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 6
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      activeDeadlineSeconds: 25
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'phase');
    const c = p.status.containerStatuses[0];
    h.eq([c.ready, c.started, c.restartCount, c.state], [false, false, 1, { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' } }], 'state');
    h.eq([c.lastState.terminated?.exitCode, c.lastState.terminated?.reason, h.sec(c.lastState.terminated?.startedAt), h.sec(c.lastState.terminated?.finishedAt)], [1, 'Error', 10, 20], 'lastState');
    const f = (t) => { const x = h.anyCond(p, t); return [x.status, x.reason ?? null, h.sec(x.lastTransitionTime)]; };
    h.eq([f('Ready'), f('ContainersReady'), f('Initialized')], [['False', 'PodFailed', 20], ['False', 'PodFailed', 20], ['True', null, 0]], 'conditions');
    const prs = h.anyCond(p, 'PodReadyToStartContainers');
    h.eq(prs.status, 'False', 'sandbox stopped');
    h.near(h.sec(prs.lastTransitionTime), 25, 1, 'sandbox stopped at the deadline');
  },
};
