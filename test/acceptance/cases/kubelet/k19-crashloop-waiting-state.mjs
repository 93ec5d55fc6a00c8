// OnFailure, 10s runs exiting 1, cut at 45s: runs 0-10, 10-20 (immediate restart), back-off 10s, 30-40,
// then waiting CrashLoopBackOff with message "back-off 20s restarting failed container=c pod=<name>_<ns>(<uid>)";
// lastState.terminated the 30-40 run (exit 1, Error); restartCount 2; ready/started false; phase Running
// (OnFailure, restarting); Ready False ContainersNotReady since 40s.
export default {
  id: 'kubelet/crashloop-waiting-state',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff ("back-off %s restarting failed container=%s pod=%s"); kubelet_pods.go convertToAPIContainerStatuses (waiting from reasonCache, LastTerminationState = terminated), getPhase (OnFailure with a failure -> Running)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 45s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: cl }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('cl')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.ready, cs.started, cs.restartCount], [false, false, 2], 'flags');
    h.eq(cs.state, { waiting: { reason: 'CrashLoopBackOff', message: `back-off 20s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})` } }, 'state');
    const t = cs.lastState.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [1, 'Error', 30, 40], 'lastState');
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime)], ['False', 'ContainersNotReady', 'containers with unready status: [c]', 40], 'Ready');
  },
};
