// Two init containers [zeta, alpha], two app containers [main, aux], images pulled in 5s, app containers run
// 20s and exit 0. Initialized goes False -> True at 5s (init containers done); on Succeeded the kubelet
// regenerates it as True/PodCompleted, but the status did not change (True -> True) so lastTransitionTime
// stays 5s. initContainerStatuses keep spec order (zeta, alpha), containerStatuses are sorted (aux, main).
export default {
  id: 'kubestatus/init-succeeded-podcompleted-keeps-time',
  source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition ("If all init containers are known and succeeded, just return PodCompleted"); status_manager.go updateLastTransitionTime (same Status keeps the old time); kubelet_pods.go convertToAPIContainerStatuses (SortStatusesOfInitContainers vs SortedContainerStatuses)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  latencies: { imagePull: 5s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers: [{ name: zeta, image: busybox:1.36 }, { name: alpha, image: busybox:1.36 }]
      containers: [{ name: main, image: busybox:1.36 }, { name: aux, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Initialized'), ['True', 'PodCompleted', null, 5], 'Initialized');
    h.eq(f('Ready'), ['False', 'PodCompleted', null, 25], 'Ready');
    h.eq(f('ContainersReady'), ['False', 'PodCompleted', null, 25], 'ContainersReady');
    h.eq(f('PodReadyToStartContainers'), ['False', null, null, 25], 'PodReadyToStartContainers');
    h.eq(p.status.initContainerStatuses.map((c) => [c.name, c.ready, c.state.terminated?.exitCode, c.state.terminated?.reason]), [['zeta', true, 0, 'Completed'], ['alpha', true, 0, 'Completed']], 'init statuses in spec order');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.ready, c.started, c.state.terminated?.exitCode, c.state.terminated?.reason, h.sec(c.state.terminated?.startedAt), h.sec(c.state.terminated?.finishedAt)]),
      [['aux', false, false, 0, 'Completed', 5, 25], ['main', false, false, 0, 'Completed', 5, 25]], 'app statuses sorted by name');
  },
};
