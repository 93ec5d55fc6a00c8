// A Job carrying the GC's own "orphan" finalizer is a dependent (non-controller ownerReference) of CronJob cj, whose
// uid is seeded (0a4f9774-...). kubectl delete cronjob (background) at 60s removes cj; the garbage collector's
// attemptToDeleteItem finds the Job's only owner dangling and, in its default branch, deletes it with the policy its
// finalizers ask for: hasOrphanFinalizer -> DeletePropagationOrphan. The API server marks the Job (markAsDeleting:
// deletionTimestamp 60s, deletionGracePeriodSeconds 0, generation 2); the GC's attemptToOrphan worker strips the Job's
// ownerReference from its pod (orphanDependents) and removes the orphan finalizer, so the Job goes at 60s and its pod
// is NOT deleted: it runs to completion (5m, Succeeded), with no ownerReferences; its job-tracking finalizer is
// removed by the Job controller (Job being deleted / orphan pod).
export default {
  id: 'ttlgc/gc-dependent-orphan-finalizer-honoured',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (default branch: "if an existing orphan finalizer is already on the object, honor it" -> DeletePropagationOrphan), attemptToOrphanWorker/orphanDependents (deleteOwnerRef patch), removeFinalizer; apiserver registry/generic/registry/store.go markAsDeleting; job_controller.go syncOrphanPod',
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
  name: keep
  finalizers: [orphan]
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
    const j = h.job('keep');
    h.eq(h.sec(j.metadata.deletionTimestamp), 60, 'Job deleted by the GC at 60s');
    h.eq([j.metadata.generation, j.metadata.deletionGracePeriodSeconds], [2, 0], 'markAsDeleting (Orphan DELETE keeps the object until the GC orphans its dependents)');
    const pods = h.of('Pod');
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0];
    h.eq(p.metadata.deletionTimestamp, undefined, 'the pod is orphaned, not deleted');
    h.eq(p.metadata.ownerReferences ?? [], [], 'orphanDependents removed the ownerReference to the Job');
    h.eq(p.status.phase, 'Succeeded', 'the pod runs to completion');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'no container killed');
  },
};
