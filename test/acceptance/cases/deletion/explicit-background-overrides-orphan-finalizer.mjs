// kubectl delete sends propagationPolicy Background, which overrides a GC finalizer already on the object: the API
// server drops "orphan" (and "foregroundDeletion") from the finalizers, so a Job that has no other finalizer is removed
// at once, and the garbage collector deletes its pods (grace 30: deletionTimestamp 60s). Neither Job stays stuck.
export default {
  id: 'deletion/explicit-background-overrides-orphan-finalizer',
  source: 'registry/generic/registry/store.go shouldOrphanDependents/shouldDeleteDependents ("An explicit policy was set at deletion time, that overrides everything"), deletionFinalizersForGarbageCollection ("first remove both finalizers, add them back if needed"), updateForGracefulDeletionAndFinalizers (errDeleteNow)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: o}}
  - {at: 30s, delete: {kind: Job, name: f}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: o, finalizers: [orphan]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: f, finalizers: [foregroundDeletion]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const n of ['o', 'f']) {
      const j = h.job(n);
      h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.finalizers], [30, undefined], `${n}: removed at 30s, GC finalizer dropped`);
      const p = h.podsOf(n)[0];
      h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase], [60, 30, 'Failed'], `${n}: pod collected and killed`);
    }
  },
};
