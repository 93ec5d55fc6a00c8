// A pod template with two readinessGates whose conditions nobody ever sets: once its containers run,
// ContainersReady is True, but GeneratePodReadyCondition also needs every gate's condition True: Ready is False,
// reason ReadinessGatesNotReady, message the per-gate sentences joined by ", ". The Job controller counts ready
// pods by the Ready condition (podutil.IsPodReady), so status.ready is 0 while the pod runs.
export default {
  id: 'kubestatus/readiness-gates-ready-false',
  source: 'pkg/kubelet/status/generate.go GeneratePodReadyCondition (ReadinessGatesNotReady, "corresponding condition of pod readiness gate %q does not exist."); generate_test.go TestGeneratePodReadyCondition; pkg/controller/job/job_controller.go countReadyPods (podutil.IsPodReady)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      readinessGates: [{ conditionType: example.com/feature-1 }, { conditionType: example.com/feature-2 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const f = (x) => { const c = h.anyCond(p, x); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('ContainersReady'), ['True', null, null, 0], 'ContainersReady');
    h.eq(f('Ready'), ['False', 'ReadinessGatesNotReady', 'corresponding condition of pod readiness gate "example.com/feature-1" does not exist., corresponding condition of pod readiness gate "example.com/feature-2" does not exist.', 0], 'Ready');
    h.eq(p.status.containerStatuses[0].ready, true, 'container ready');
    h.eq([h.job('j').status.active, h.job('j').status.ready], [1, 0], 'Job active/ready');
  },
};
