// Readiness gates naming kubelet-owned conditions generated AFTER (or as) Ready (ContainersReady, PodScheduled,
// Ready): GeneratePodReadyCondition sees neither (the kubelet drops its own conditions from the old status and
// appends those later), so each gate "does not exist": Ready False ReadinessGatesNotReady with one sentence per gate
// in gate order joined by ", ", while ContainersReady is True; the Job's ready count stays 0.
export default {
  id: 'kubeletrt/gates-on-later-conditions-never-exist',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus ("preserve all conditions not owned by the kubelet"; ContainersReady and PodScheduled appended after Ready); pkg/kubelet/status/generate.go GeneratePodReadyCondition ("corresponding condition of pod readiness gate %q does not exist.", strings.Join(unreadyMessages, ", "))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: gates2 }
spec: { duration: 5s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: h }
spec:
  template:
    spec:
      readinessGates: [{ conditionType: ContainersReady }, { conditionType: PodScheduled }, { conditionType: Ready }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('h')[0];
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason, c.message], ['False', 'ReadinessGatesNotReady',
      'corresponding condition of pod readiness gate "ContainersReady" does not exist., corresponding condition of pod readiness gate "PodScheduled" does not exist., corresponding condition of pod readiness gate "Ready" does not exist.'], 'Ready');
    h.eq(h.anyCond(p, 'ContainersReady').status, 'True', 'ContainersReady');
    h.eq([h.job('h').status.active, h.job('h').status.ready], [1, 0], 'Job active/ready');
  },
};
