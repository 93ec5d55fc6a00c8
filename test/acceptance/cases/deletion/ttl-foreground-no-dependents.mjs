// completions: 0 completes at once with no pod; TTL 5 deletes it at 5s with Foreground propagation. The API server
// adds the foregroundDeletion finalizer through markAsDeleting (deletionTimestamp now, deletionGracePeriodSeconds 0,
// generation + 1) even when there is no dependent; the garbage collector then removes the finalizer and the Job goes.
export default {
  id: 'deletion/ttl-foreground-no-dependents',
  source: 'registry/generic/registry/store.go Delete -> deletionFinalizersForGarbageCollection (Foreground adds foregroundDeletion) -> updateForGracefulDeletionAndFinalizers -> markAsDeleting (SetDeletionGracePeriodSeconds(0), generation+1); garbagecollector processDeletingDependentsItem (no blocking dependents: remove finalizer)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  completions: 0
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('z');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 0, 'Complete at once');
    h.eq(h.sec(j.metadata.deletionTimestamp), 5, 'deleted at 5s');
    h.eq(j.metadata.generation, 2, 'generation bumped by markAsDeleting');
    h.eq(j.metadata.deletionGracePeriodSeconds, 0, 'deletionGracePeriodSeconds 0, as with dependents');
    h.eq(j.metadata.finalizers, undefined, 'finalizer removed by the garbage collector');
  },
};
