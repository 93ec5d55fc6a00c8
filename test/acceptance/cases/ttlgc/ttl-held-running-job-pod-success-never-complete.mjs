// A Job with its own finalizer and ttlSecondsAfterFinished 0 is deleted (kubectl, background) at 5s while its pod runs
// (10s). The Job controller strips the job-tracking finalizer of a Job being deleted without counting the pod; when the
// pod succeeds at 10s it has no finalizer, so it is never counted: no succeeded count, no Complete condition, and the
// TTL controller (finished Jobs only, and not ones being deleted) never acts. The Job stays held with generation 2.
export default {
  id: 'ttlgc/ttl-held-running-job-pod-success-never-complete',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers/canRemoveFinalizer (DeletionTimestamp != nil), syncJob (manageJob skipped when DeletionTimestamp != nil); ttlafterfinished needsCleanup',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
  timeline:
  - {at: 5s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [5, 2, ['example.com/keep']], 'held');
    h.eq(j.status.succeeded ?? 0, 0, 'never counted');
    h.eq(h.anyCond(j, 'Complete'), undefined, 'never Complete');
    const [p] = h.podsOf('j');
    h.eq([p.status.phase, p.metadata.deletionTimestamp, p.metadata.finalizers], ['Succeeded', undefined, undefined], 'pod untouched by the GC, finalizer gone');
  },
};
