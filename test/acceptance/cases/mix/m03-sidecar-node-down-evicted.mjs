// A sidecar pod on a node that goes down at 1m for 10m: evicted by the taint manager (Terminating on
// the unreachable node); when the kubelet returns at 11m it kills main, then the sidecar (regular
// containers first, sidecars after), both exit 143 at 660s, the pod is Failed. The replacement runs
// 20m on w-1 from its binding; the Job completes a second after its main exits.
export default {
  id: 'mix/sidecar-node-down-evicted',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult (regular containers, then restartable init containers in reverse); pkg/controller/tainteviction/taint_eviction.go; pkg/kubelet/kubelet_pods.go getPhase',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s1}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 8Gi}}
  faults:
  - {at: 1m, nodeDown: w-1, for: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "20m"}}
    spec:
      restartPolicy: Never
      nodeSelector: {kubernetes.io/hostname: w-1}
      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always}]
      containers: [{name: main, image: busybox:1.36}]`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[660, 'Stopping container main'], [660, 'Stopping container proxy']], 'Killing');
    const px = p.status.initContainerStatuses[0].state.terminated;
    h.eq([px.exitCode, h.sec(px.finishedAt)], [143, 660], 'proxy terminated');
    h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.succeeded], [1, 1], 'job counts');
    const bound = h.sec(h.events({ reason: 'Scheduled', name: q.metadata.name })[0].firstTimestamp);
    h.eq(h.sec(q.status.initContainerStatuses[0].state.terminated.finishedAt), bound + 1200, 'replacement proxy stopped with main');
    h.eq(h.sec(j.status.completionTime), bound + 1201, 'completionTime');
  },
};
