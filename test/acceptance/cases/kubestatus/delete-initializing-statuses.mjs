// A pod with init containers [setup, warm] and container c is deleted (its Job deleted at 30s) while the images
// are still being pulled: nothing ever started. The pod has not initialized (hasPodInitialized: no container left
// waiting, the last init container never completed), so TerminatePod leaves c waiting PodInitializing, and of
// the init containers it marks only the first one (initializedContainers: when all wait, the first) terminated
// ContainerStatusUnknown 137; warm stays waiting. The conditions are those generated for the Pending pod:
// Initialized False ContainersNotInitialized [setup warm], Ready/ContainersReady False ContainersNotReady [c].
export default {
  id: 'kubestatus/delete-initializing-statuses',
  source: 'pkg/kubelet/status/status_manager.go TerminatePod, hasPodInitialized, initializedContainers; status_manager_test.go TestTerminatePod_DefaultUnknownStatus "uninitialized pod defaults only the first init container" (init-0 unknown, init-1 waiting, container waiting); kubelet_pods.go convertToAPIContainerStatuses (deleted pod: ShouldContainerBeRestarted false, default waiting PodInitializing kept)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 5m
  latencies: { imagePull: 1m }
  timeline:
  - { at: 30s, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }, { name: warm, image: busybox:1.36 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const unknown = { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' } };
    h.eq(p.status.initContainerStatuses.map((c) => [c.name, c.state]), [['setup', unknown], ['warm', { waiting: { reason: 'PodInitializing' } }]], 'init container states');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.state]), [['c', { waiting: { reason: 'PodInitializing' } }]], 'app container state');
    const f = (x) => { const c = h.anyCond(p, x); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Initialized'), ['False', 'ContainersNotInitialized', 'containers with incomplete status: [setup warm]', 0], 'Initialized');
    h.eq(f('Ready'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 0], 'Ready');
    h.eq(f('ContainersReady'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 0], 'ContainersReady');
  },
};
