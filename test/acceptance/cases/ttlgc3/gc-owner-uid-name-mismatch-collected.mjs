// Job x is created at 10s with an ownerReference {CronJob, name: other, uid: <the uid of CronJob cj>}. The garbage
// collector does not trust the uid alone: the graph node for that uid is cj, whose coordinates do not match the
// reference (ownerReferenceMatchesCoordinates false), so x is queued; isDangling GETs CronJob "other" in x's namespace,
// NotFound, so the reference is dangling, x has no solid owner and is deleted (background) at 10s. cj is untouched.
export default {
  id: 'ttlgc3/gc-owner-uid-name-mismatch-collected',
  source: 'pkg/controller/garbagecollector/graph_builder.go addDependentToOwners (!ownerReferenceMatchesCoordinates -> hasPotentiallyInvalidOwnerReference -> attemptToDelete.Add(n)); garbagecollector.go isDangling (GET reference.Name in the item\'s namespace; NotFound or owner.GetUID() != reference.UID -> dangling), attemptToDeleteItem (no solid owner -> DeletePropagationBackground)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: x
        ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: other, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 1m}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
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
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded uid of cj (scenario premise)');
    const x = h.job('x');
    h.eq(h.sec(x.metadata.deletionTimestamp), 10, 'x garbage collected at once (its owner reference is dangling)');
    h.eq(h.events({ reason: 'Completed', name: 'x' }).length, 0, 'never completes');
    h.eq(h.cronjob('cj').metadata.deletionTimestamp, undefined, 'cj untouched');
  },
};
