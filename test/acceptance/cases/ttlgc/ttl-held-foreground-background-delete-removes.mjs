// As ttl-foreground-blocked-by-held-pod (Job in foreground deletion since 16s, held by its pod's user finalizer). A
// kubectl delete (propagationPolicy Background) at 60s: deletionFinalizersForGarbageCollection replaces the GC
// finalizers by the policy's (none), no finalizer is left, and the object is deleted at once. The Job's last state keeps
// the first deletionTimestamp (16s) and generation 2; the held pod stays (deleting, example.com/hold).
export default {
  id: 'ttlgc/ttl-held-foreground-background-delete-removes',
  source: 'registry/generic/registry/store.go Delete -> deletionFinalizersForGarbageCollection (explicit Background drops foregroundDeletion) -> updateForGracefulDeletionAndFinalizers (no pending finalizers: errDeleteNow), markAsDeleting keeps an earlier deletionTimestamp',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 60s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 5
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [16, 2, undefined], 'removed, first deletionTimestamp kept');
    const [p] = h.podsOf('j');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers], [16, ['example.com/hold']], 'the held pod stays');
  },
};
