// A Job created with finalizers [example.com/x, foregroundDeletion] is deleted by the timeline (kubectl: propagation
// Background) at 10s. The explicit policy overrides the GC finalizer it carries: foregroundDeletion is removed, the
// user's finalizer stays and holds the Job (deletionTimestamp 10s, deletionGracePeriodSeconds 0, generation 2). Its
// owner still exists, so the garbage collector leaves the running pod alone; the Job controller strips the pod's
// tracking finalizer (the Job is being deleted) and the pod runs on.
export default {
  id: 'apimeta/delete-background-drops-foreground-finalizer',
  source: 'registry store.go deletionFinalizersForGarbageCollection ("first remove both finalizers, add them back if needed"; shouldDeleteDependents: Background -> false), updateForGracefulDeletionAndFinalizers/markAsDeleting (pending finalizers: DeletionTimestamp now, DeletionGracePeriodSeconds 0, generation+1); job_controller.go syncJob (finalizers removed when the Job is being deleted)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: g}
spec:
  duration: 2m
  timeline:
  - {at: 10s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/x, foregroundDeletion]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.metadata.finalizers, h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation], [['example.com/x'], 10, 0, 2], 'Job held by its own finalizer only');
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, p.metadata.deletionTimestamp, p.metadata.finalizers], ['Running', undefined, undefined], 'pod not collected, untracked');
  },
};
