// A running Job created with the "foregroundDeletion" finalizer gets a dangling ownerReference at 30s. The garbage
// collector deletes it honouring that finalizer (Foreground): the Job is marked (deletionTimestamp 30s, generation 2,
// grace 0) and stays until its pod is gone; the pod is deleted by the GC (grace 30: 60s) and killed at 30s. No
// replacement pod (a Job being deleted runs no manageJob).
export default {
  id: 'ttlgc/gc-dangling-patch-foreground-finalizer',
  source: 'garbagecollector.go attemptToDeleteItem (dangling owner; default branch hasDeleteDependentsFinalizer -> Foreground), processDeletingDependentsItem; job_controller.go syncJob (manageJob only when DeletionTimestamp == nil)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 30s, patch: {kind: Job, name: f, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f, finalizers: [foregroundDeletion]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('f');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.deletionGracePeriodSeconds, j.metadata.finalizers], [30, 2, 0, undefined], 'foreground deletion, finished');
    const pods = h.podsOf('f');
    h.eq(pods.map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase]), [[60, 30, 'Failed']], 'one pod, collected');
  },
};
