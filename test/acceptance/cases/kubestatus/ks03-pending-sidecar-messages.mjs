// While images are pulled, a pod with init containers [setup, proxy (sidecar), warm] and containers [zmain, amain]:
// Initialized False ContainersNotInitialized listing every init container in spec order; ContainersReady and
// Ready False ContainersNotReady listing the sidecar first, then the regular containers in spec order (not
// sorted); every container waits PodInitializing; initContainerStatuses in spec order, containerStatuses sorted;
// PodReadyToStartContainers False (1.33-1.35: the status was written before the first runtime SyncPod, which creates
// the sandbox and is still pulling; 1.36 sets it True right after the sandbox's creation, #134660).
export default {
  id: 'kubestatus/pending-sidecar-messages',
  source: 'pkg/kubelet/status/generate.go GenerateContainersReadyCondition (restartable init containers first, then pod.Spec.Containers; "containers with unready status: %s"), GeneratePodInitializedCondition ("containers with incomplete status: %s"), GeneratePodReadyCondition (copies ContainersReady), GeneratePodReadyToStartContainersCondition (no sandbox -> False); kubelet.go SyncPod (SetPodStatus before containerRuntime.SyncPod); kubelet_pods.go convertToAPIContainerStatuses (hasInitContainers -> PodInitializing)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 3s
  latencies: { imagePull: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36 }
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      - { name: warm, image: busybox:1.36 }
      containers: [{ name: zmain, image: busybox:1.36 }, { name: amain, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Pending', 'phase');
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Initialized'), ['False', 'ContainersNotInitialized', 'containers with incomplete status: [setup proxy warm]', 0], 'Initialized');
    h.eq(f('ContainersReady'), ['False', 'ContainersNotReady', 'containers with unready status: [proxy zmain amain]', 0], 'ContainersReady');
    h.eq(f('Ready'), ['False', 'ContainersNotReady', 'containers with unready status: [proxy zmain amain]', 0], 'Ready');
    h.eq(f('PodReadyToStartContainers'), ['False', null, null, 0], 'sandbox not yet reported');
    h.eq(p.status.initContainerStatuses.map((c) => [c.name, c.image, c.ready, c.started, c.restartCount, c.state]),
      ['setup', 'proxy', 'warm'].map((n) => [n, n === 'proxy' ? 'envoy:1.30' : 'busybox:1.36', false, false, 0, { waiting: { reason: 'PodInitializing' } }]), 'init statuses');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.ready, c.started, c.state]),
      [['amain', false, false, { waiting: { reason: 'PodInitializing' } }], ['zmain', false, false, { waiting: { reason: 'PodInitializing' } }]], 'app statuses');
  },
};
