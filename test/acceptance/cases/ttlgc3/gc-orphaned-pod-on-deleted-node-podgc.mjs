// Job o (GC "orphan" finalizer) runs its pod on node-1; a dangling owner at 20s makes the garbage collector delete it
// with Orphan propagation: the pod loses its ownerReference (and its tracking finalizer) and keeps running, owned by
// nobody. node-1 is deleted at 30s: the pod GC's gcOrphaned does not care about owners: the 40s pass quarantines
// node-1 and the 80s pass marks the pod Failed (DisruptionTarget DeletionByPodGC) and force-deletes it. No Job counts
// or replaces it.
export default {
  id: 'ttlgc3/gc-orphaned-pod-on-deleted-node-podgc',
  source: 'garbagecollector.go attemptToDeleteItem (hasOrphanFinalizer -> Orphan), orphanDependents; podgc gc_controller.go gcOrphaned (every pod bound to a missing node, after the 40s quarantine), markFailedAndDeletePodWithCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
  faults:
  - {at: 30s, deleteNode: node-1}
  timeline:
  - {at: 20s, patch: {kind: Job, name: o, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: o, finalizers: [orphan]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const o = h.job('o');
    h.eq([h.sec(o.metadata.deletionTimestamp), o.metadata.generation, o.metadata.finalizers], [20, 2, undefined], 'o orphan-deleted at 20s');
    const pods = h.of('Pod');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    const dt = (p.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([p.metadata.ownerReferences ?? [], p.metadata.finalizers, p.status.phase, dt && dt.reason, h.sec(dt && dt.lastTransitionTime), p.metadata.deletionGracePeriodSeconds], [[], undefined, 'Failed', 'DeletionByPodGC', 80, 0], 'orphaned pod failed and force-deleted by the pod GC at 80s');
  },
};
