// A pod with a readiness gate nobody sets, crash-looping under OnFailure (10s runs, exit 1), cut at 35s while its
// third run (30-40) is in progress: ContainersReady is True again (since 30s), so Ready is False for the gate
// (ReadinessGatesNotReady, "does not exist."); during the back-off (20-30) it carried ContainersReady's reason. Ready
// never changed status, so its lastTransitionTime stays at 0s while ContainersReady's is 30s.
export default {
  id: 'kubeletrt/gate-crashloop-ready-reason-switch',
  source: 'pkg/kubelet/status/generate.go GeneratePodReadyCondition (ContainersReady not True -> its status, reason and message; else readiness gates), GenerateContainersReadyCondition; pkg/kubelet/status/status_manager.go updateLastTransitionTime (kept while the status is unchanged)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: gcl }
spec: { duration: 35s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: rg }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      readinessGates: [{ conditionType: example.com/lb }]
      restartPolicy: OnFailure
      containers: [{ name: c, image: busybox:1.36 }]
`,
  check(r, h) {
    const p = h.podsOf('rg')[0];
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('ContainersReady'), ['True', null, null, 30], 'ContainersReady');
    h.eq(f('Ready'), ['False', 'ReadinessGatesNotReady', 'corresponding condition of pod readiness gate "example.com/lb" does not exist.', 0], 'Ready');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, h.sec(cs.state.running?.startedAt)], [2, 30], 'third run');
    h.eq([h.job('rg').status.active, h.job('rg').status.ready], [1, 0], 'Job active/ready');
  },
};
