// A pod with a readinessGate, still pulling its image: GeneratePodReadyCondition looks at the gates only once
// ContainersReady is True; before that Ready copies ContainersReady's status, reason and message
// (ContainersNotReady "containers with unready status: [c]"), not ReadinessGatesNotReady.
export default {
  id: 'kubestatus/readiness-gates-pending-copies-containers',
  source: 'pkg/kubelet/status/generate.go GeneratePodReadyCondition ("If the status of ContainersReady is not True, return the same status, reason and message as ContainersReady")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 5s
  latencies: { imagePull: 30s }
---
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
    h.eq(p.status.phase, 'Pending', 'phase');
    const f = (x) => { const c = h.anyCond(p, x); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Ready'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 0], 'Ready');
    h.eq(f('ContainersReady'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 0], 'ContainersReady');
  },
};
