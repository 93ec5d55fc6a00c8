// The kubelet starts init containers in spec order (the sidecar after the plain init container that
// precedes it), then the regular container, each with Pulled/Created/Started carrying its fieldPath;
// when the regular container has exited 0 under restartPolicy Never it stops the sidecar: exactly one
// Killing "Stopping container proxy" on spec.initContainers{proxy} at +20s. No Killing for setup (it
// exited) nor for main (it exited by itself).
export default {
  id: 'sidecars/start-order-events',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computeInitContainerActions (next init container once the previous one completed or, for a restartable one, started) and SyncPod (init containers before containers); computePodActions (keepCount == 0 && no ContainersToStart -> KillPod, InitContainersToStart = nil); kuberuntime_container.go startContainer events, killContainer ("Stopping container %s"), killContainersWithSyncResult (only running containers)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36 }
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet')
      .map((e) => [h.sec(e.firstTimestamp), e.reason, e.message, e.involvedObject.fieldPath]);
    h.eq(ev, [
      [0, 'Pulled', 'Container image "busybox:1.36" already present on machine', 'spec.initContainers{setup}'],
      [0, 'Created', 'Created container: setup', 'spec.initContainers{setup}'],
      [0, 'Started', 'Started container setup', 'spec.initContainers{setup}'],
      [0, 'Pulled', 'Container image "envoy:1.30" already present on machine', 'spec.initContainers{proxy}'],
      [0, 'Created', 'Created container: proxy', 'spec.initContainers{proxy}'],
      [0, 'Started', 'Started container proxy', 'spec.initContainers{proxy}'],
      [0, 'Pulled', 'Container image "busybox:1.36" already present on machine', 'spec.containers{main}'],
      [0, 'Created', 'Created container: main', 'spec.containers{main}'],
      [0, 'Started', 'Started container main', 'spec.containers{main}'],
      [20, 'Killing', 'Stopping container proxy', 'spec.initContainers{proxy}'],
    ], 'kubelet events');
  },
};
