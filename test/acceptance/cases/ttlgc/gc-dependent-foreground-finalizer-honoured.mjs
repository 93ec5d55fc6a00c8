// Same as gc-dependent-orphan-finalizer-honoured but the Job carries "foregroundDeletion": the garbage collector deletes
// the dependent whose owner is gone with DeletePropagationForeground (the finalizer it already has). The API server
// marks it (deletionTimestamp 60s, deletionGracePeriodSeconds 0, generation 1 -> 2, finalizers [foregroundDeletion]);
// the GC deletes its running pod (background, grace 30: deletionTimestamp 90s), the kubelet kills it at 60s (exit
// 143), and once the pod is gone the GC removes foregroundDeletion and the Job goes.
export default {
  id: 'ttlgc/gc-dependent-foreground-finalizer-honoured',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (default branch: hasDeleteDependentsFinalizer -> DeletePropagationForeground), processDeletingDependentsItem; registry store.go markAsDeleting',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 10m
  timeline:
  - {at: 60s, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: fg
  finalizers: [foregroundDeletion]
  ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const j = h.job('fg');
    h.eq(h.sec(j.metadata.deletionTimestamp), 60, 'Job deleted by the GC at 60s');
    h.eq([j.metadata.generation, j.metadata.deletionGracePeriodSeconds], [2, 0], 'foreground DELETE: markAsDeleting bumps generation, grace 0');
    h.eq(j.metadata.finalizers, undefined, 'foregroundDeletion removed once the pod is gone');
    const [p] = h.podsOf('fg');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [90, 30], 'pod deleted by the GC with its grace');
    h.eq(p.status.phase, 'Failed', 'killed');
  },
};
