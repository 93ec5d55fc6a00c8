// Deleting the Job at +1m (background propagation) while main and the sidecar run: the kubelet stops
// every running container, regular and sidecar (Killing for main and proxy at +60s, none for the
// completed plain init container setup), both exit 143/Error at +60s, and the pod is Failed by main's
// 143 (the sidecar's is not counted).
export default {
  id: 'sidecars/delete-running',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult (all running containers of runningPod, sidecars after the main containers via newTerminationOrdering), killContainer ("Stopping container %s"); pkg/kubelet/kubelet_pods.go getPhase (podIsTerminal, stopped != succeeded -> PodFailed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  timeline:
  - { at: 1m, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36 }
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message, e.involvedObject.fieldPath]);
    h.eq(k.sort((a, b) => a[1].localeCompare(b[1])), [[60, 'Stopping container main', 'spec.containers{main}'], [60, 'Stopping container proxy', 'spec.initContainers{proxy}']], 'Killing events');
    const t = (c) => [c.name, c.state?.terminated?.exitCode, c.state?.terminated?.reason, h.sec(c.state?.terminated?.finishedAt)];
    h.eq(t(p.status.containerStatuses[0]), ['main', 143, 'Error', 60], 'main');
    h.eq(p.status.initContainerStatuses.map(t), [['setup', 0, 'Completed', 0], ['proxy', 143, 'Error', 60]], 'init statuses');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.sec(p.metadata.deletionTimestamp), 90, 'deletionTimestamp = request + 30s grace');
  },
};
