// A running Job with the "orphan" finalizer gets, by a metadata patch at 30s, an ownerReference to a ConfigMap that
// does not exist. The garbage collector's graph builder sees the new reference, the owner is NotFound (dangling), and
// attemptToDeleteItem deletes the Job honouring its orphan finalizer (DeletePropagationOrphan): its pod loses the
// ownerReference and keeps running to its end (1m, Succeeded); the Job is marked (generation 2, grace 0) and goes at
// 30s once the orphan finalizer is removed.
export default {
  id: 'ttlgc/gc-dangling-patch-orphan-finalizer',
  source: 'garbagecollector graph_builder.go processGraphChanges (new owner reference -> virtual node), garbagecollector.go attemptToDeleteItem (dangling owner; default branch hasOrphanFinalizer -> Orphan), orphanDependents',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 30s, patch: {kind: Job, name: o, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: o, finalizers: [orphan]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('o');
    h.eq(h.sec(j.metadata.deletionTimestamp), 30, 'Job collected at 30s');
    h.eq([j.metadata.generation, j.metadata.deletionGracePeriodSeconds], [2, 0], 'Orphan DELETE: markAsDeleting');
    const pods = h.of('Pod');
    h.eq(pods.length, 1, 'no replacement pod');
    h.eq(pods[0].metadata.deletionTimestamp, undefined, 'pod orphaned, not deleted');
    h.eq(pods[0].metadata.ownerReferences ?? [], [], 'ownerReference to the Job removed');
    h.eq(pods[0].metadata.finalizers, undefined, 'job-tracking finalizer removed');
    h.eq([pods[0].status.phase, h.sec(pods[0].status.containerStatuses[0].state.terminated?.finishedAt)], ['Succeeded', 60], 'runs to its end');
  },
};
