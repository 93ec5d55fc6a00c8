// ttlSecondsAfterFinished 10: the Job completes at 11s and the TTL controller deletes it at 21s with Foreground
// propagation. The API server marks it (deletionTimestamp 21s, grace 0, generation 2, finalizers [foregroundDeletion]).
// The GC deletes its Succeeded pod (grace 0: deletionTimestamp 21s, generation 2), but the template's finalizer
// example.com/pod keeps the pod in the API, so the owner keeps waiting: the Job is still there at 3m, still with
// foregroundDeletion.
export default {
  id: 'apimeta/ttl-foreground-held-by-finalized-pod',
  source: 'registry store.go deletionFinalizersForGarbageCollection (Foreground: foregroundDeletion appended), markAsDeleting; pod strategy CheckGracefulDelete (terminal: 0); garbagecollector processDeletingDependentsItem (blockingDependents still in the graph: the owner keeps its finalizer), attemptToDeleteItem (dependent already being deleted: returned at once)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  duration: 3m
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 10
  template:
    metadata: {finalizers: [example.com/pod]}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.metadata.finalizers, h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation], [['foregroundDeletion'], 21, 0, 2], 'Job waiting for its dependent');
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, p.metadata.finalizers, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation], ['Succeeded', ['example.com/pod'], 21, 0, 2], 'pod marked, held by its finalizer');
  },
};
