// A Job carrying its own finalizer (example.com/keep) deleted at 30s (kubectl: background): the API server only marks
// it (deletionTimestamp 30s, deletionGracePeriodSeconds 0, generation 2); the garbage collector leaves its pods alone (the
// owner still exists and has no foregroundDeletion finalizer). The Job controller syncs at once (generation changed),
// runs no manageJob for a Job being deleted and strips the tracking finalizer from every pod, without counting the
// running ones. When the pods then succeed (60s) they are no longer tracked: status ends with active 0, no succeeded,
// no condition, and no pod is created or deleted by the controller.
export default {
  id: 'deletion/job-with-user-finalizer-being-deleted',
  source: 'registry store.go updateForGracefulDeletionAndFinalizers/markAsDeleting (pending finalizers); job_controller.go syncJob (manageJob only if job.DeletionTimestamp == nil), canRemoveFinalizer (DeletionTimestamp != nil), getValidPodsWithFilter (pods without the finalizer are not counted); garbagecollector classifyReferences (owner present: solid)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation, j.metadata.finalizers], [30, 0, 2, ['example.com/keep']], 'Job marked for deletion, held by its finalizer');
    h.eq([j.status.active, j.status.ready, j.status.succeeded, j.status.conditions], [undefined, 0, undefined, undefined], 'untracked pods are not counted');
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [p.status.phase, p.metadata.deletionTimestamp, p.metadata.finalizers]), [['Succeeded', undefined, undefined], ['Succeeded', undefined, undefined]], 'pods ran to the end, finalizers stripped, not deleted');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => e.reason), ['SuccessfulCreate', 'SuccessfulCreate'], 'only the two creations');
  },
};
