// OnFailure, 10s runs exiting 1, cut at 35s (third run 30-40 in progress): state running.startedAt 30,
// lastState terminated 10-20, restartCount 2, ready/started true, Ready True since 30s.
export default {
  id: 'kubelet/restart-running-state',
  source: 'kubelet_pods.go convertToAPIContainerStatuses (state from the newest container, lastState from the previous one, RestartCount); status_manager updateLastTransitionTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 35s }
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
    const cs = p.status.containerStatuses[0];
    h.eq([cs.ready, cs.started, cs.restartCount, h.sec(cs.state.running?.startedAt)], [true, true, 2, 30], 'running');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt), cs.lastState.terminated.exitCode], [10, 20, 1], 'lastState');
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason ?? null, h.sec(c.lastTransitionTime)], ['True', null, 30], 'Ready');
    h.eq(p.status.phase, 'Running', 'phase');
  },
};
