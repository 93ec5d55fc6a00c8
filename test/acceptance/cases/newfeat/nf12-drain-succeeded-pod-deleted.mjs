// kubectl drain lists every pod on the node; a terminal (Succeeded) pod passes every filter and is evicted too;
// the Eviction API deletes a terminal pod directly (canIgnorePDB), with grace 0 (CheckGracefulDelete): no
// Killing, gone at 60s. The completed Job is unchanged.
export default {
  id: 'newfeat/nf12-drain-succeeded-pod-deleted',
  source: 'staging/src/k8s.io/kubectl/pkg/drain/filters.go (terminal pods okay in localStorageFilter/unreplicatedFilter); pkg/registry/core/pod/storage/eviction.go canIgnorePDB; pkg/registry/core/pod/strategy.go CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 5m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, drainNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: done}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('done')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Succeeded', 60, 0], 'deleted at once');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'nothing to kill');
    const j = h.job('done');
    h.eq([j.status.succeeded, j.status.failed], [1, undefined], 'Job counters unchanged');
    h.eq(h.sec(h.cond(j, 'Complete').lastTransitionTime), 11, 'Complete');
  },
};
