// A pod with a readinessGate nobody sets runs 10s and succeeds. While it ran, Ready was False
// (ReadinessGatesNotReady) from the admission; at 10s it becomes False/PodCompleted, the same Status, so the
// status manager keeps lastTransitionTime 0s. ContainersReady went True (0s) -> False (10s).
export default {
  id: 'kubestatus/readiness-gates-succeeded-transition',
  source: 'pkg/kubelet/status/generate.go GeneratePodReadyCondition (gates: Ready False ReadinessGatesNotReady while ContainersReady True; not True -> copy ContainersReady reason), status_manager.go updateLastTransitionTime (same Status keeps the old time)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      readinessGates: [{ conditionType: example.com/feature-1 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const f = (x) => { const c = h.anyCond(p, x); return [c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('ContainersReady'), ['False', 'PodCompleted', 10], 'ContainersReady');
    h.eq(f('Ready'), ['False', 'PodCompleted', 0], 'Ready never True');
  },
};
