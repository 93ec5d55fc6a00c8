// kubectl drain: cordon, then every pod on the node through the Eviction API: DisruptionTarget
// (EvictionByEvictionAPI), a graceful delete; without a podFailurePolicy the Job counts them failed at once and
// replaces them after the pod-failure back-off (two failures: 20s), on the other node.
export default {
  id: 'drain/dr03-drain-evicts-and-replaces',
  source: 'kubectl drain (cordon + evictions); pkg/registry/core/pod/storage/eviction.go addConditionAndDeletePod; job_controller.go isPodFailed (TerminatingOrFailed) and getBackoff',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: drain}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 2m, drainNode: w-1, for: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, resources: {requests: {cpu: 500m}}}]
`,
  check(r, h) {
    const pods = h.podsOf('etl');
    const first = pods.filter((p) => h.sec(p.metadata.creationTimestamp) === 0);
    const onW1 = first.filter((p) => p.spec.nodeName === 'w-1');
    h.eq(onW1.length, 2, 'two pods started on w-1');
    for (const p of onW1) {
      const c = h.cond(p, 'DisruptionTarget');
      h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime)], ['True', 'EvictionByEvictionAPI', 'Eviction API: evicting', 120], `${p.metadata.name} DisruptionTarget`);
      h.eq([p.status.phase, p.status.containerStatuses[0].state.terminated.exitCode], ['Failed', 143], `${p.metadata.name} ended`);
    }
    const later = pods.filter((p) => h.sec(p.metadata.creationTimestamp) > 0);
    h.eq(later.map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeName]), [[140, 'w-2'], [140, 'w-2']], 'replacements after 20s, on the node not cordoned');
    const j = h.job('etl');
    h.eq([j.status.succeeded, j.status.failed], [4, 2], 'counters');
  },
};
