// Two plain init containers, a sidecar with imagePullPolicy Always between them, and two app containers: the kubelet
// starts them in spec order (init-1, sidecar, init-2, then app-1, app-2); the sidecar's Always pull shows as Pulling +
// "Successfully pulled ... in 0s" on spec.initContainers{proxy}. When both app containers have exited 0 (+30s) the
// sidecar alone is stopped: one Killing at +30s.
export default {
  id: 'kubeevents/ev05-init-sidecar-always-order',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computeInitContainerActions (next init container once the previous completed or, restartable, started), SyncPod (init containers, then containers in spec order); images/image_manager.go (PullAlways); kuberuntime_container.go killContainer',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      initContainers:
      - { name: init-1, image: tool:1 }
      - { name: proxy, image: envoy:1.30, imagePullPolicy: Always, restartPolicy: Always }
      - { name: init-2, image: tool:2 }
      containers:
      - { name: app-1, image: app:1 }
      - { name: app-2, image: app:2 }
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet');
    h.eq(ev.filter((e) => e.reason === 'Started').map((e) => [h.sec(e.firstTimestamp), e.involvedObject.fieldPath]), [
      [0, 'spec.initContainers{init-1}'], [0, 'spec.initContainers{proxy}'], [0, 'spec.initContainers{init-2}'],
      [0, 'spec.containers{app-1}'], [0, 'spec.containers{app-2}']], 'start order');
    h.eq(ev.filter((e) => e.involvedObject.fieldPath === 'spec.initContainers{proxy}').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [0, 'Pulling', 'Pulling image "envoy:1.30"'],
      [0, 'Pulled', 'Successfully pulled image "envoy:1.30" in 0s (0s including waiting)'],
      [0, 'Created', 'Created container: proxy'],
      [0, 'Started', 'Started container proxy'],
      [30, 'Killing', 'Stopping container proxy']], 'sidecar events');
    h.eq(ev.filter((e) => e.reason === 'Killing').length, 1, 'one Killing');
    h.eq(p.status.phase, 'Succeeded', 'phase');
  },
};
