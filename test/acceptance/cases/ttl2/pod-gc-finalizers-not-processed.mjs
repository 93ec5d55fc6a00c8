// Pods whose template carries one of the garbage collector's own finalizers. Both Jobs complete at 11s and the TTL
// controller deletes them at 16s (foreground). The GC deletes each Succeeded pod honouring the finalizer it carries
// (attemptToDeleteItem default branch): pod of o with DeletePropagationOrphan -> the API server keeps "orphan", the graph
// builder sees deletion start with it (startsWaitingForDependentsOrphaned) and attemptToOrphan removes it (no dependents
// to orphan); pod of f with DeletePropagationForeground -> startsWaitingForDependentsDeleted, processDeletingDependentsItem
// finds no blocking dependent and removes "foregroundDeletion". Grace 0 (terminal) with no finalizer left: the pods go,
// and then both Jobs (no blocking dependent): neither keeps a finalizer.
export default {
  id: 'ttl2/pod-gc-finalizers-not-processed',
  source: 'garbagecollector.go attemptToDeleteItem (default: hasOrphanFinalizer -> Orphan, hasDeleteDependentsFinalizer -> Foreground), attemptToOrphanWorker/removeFinalizer, processDeletingDependentsItem; graph_builder.go processTransitions (startsWaitingForDependentsOrphaned/Deleted, any resource); registry store.go deletionFinalizersForGarbageCollection',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: {name: o}
spec:
  ttlSecondsAfterFinished: 5
  template:
    metadata: {finalizers: [orphan]}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  ttlSecondsAfterFinished: 5
  template:
    metadata: {finalizers: [foregroundDeletion]}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const n of ['o', 'f']) {
      const [p] = h.podsOf(n);
      h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [16, 0], `${n}: pod deleted by the GC at 16s`);
      h.eq(p.metadata.finalizers, undefined, `${n}: the GC finalizer on the pod is processed and removed`);
      const j = h.job(n);
      h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.finalizers], [16, undefined], `${n}: Job no longer held`);
    }
  },
};
