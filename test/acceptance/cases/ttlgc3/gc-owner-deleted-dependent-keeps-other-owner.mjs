// Job x has two non-controller owners: CronJob cj and Job keeper (seeded uids). kubectl delete cronjob cj (background)
// at 30s removes cj; the garbage collector's attemptToDeleteItem on x finds one dangling owner and one solid owner: x is
// not deleted, the reference to cj is patched away (metadata only: generation 1). x completes at 61s with keeper as
// its only owner.
export default {
  id: 'ttlgc3/gc-owner-deleted-dependent-keeps-other-owner',
  source: 'garbagecollector.go attemptToDeleteItem (case len(solid) != 0: "item has at least one existing owner, will not garbage collect" + deleteOwnerRef patch of the dangling references), graph_builder.go processGraphChanges (owner deleteEvent -> dependents to attemptToDelete)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
  timeline:
  - {at: 30s, delete: {kind: CronJob, name: cj}}
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
metadata: {name: keeper}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: x
  ownerReferences:
  - {apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, blockOwnerDeletion: true}
  - {apiVersion: batch/v1, kind: Job, name: keeper, uid: 0aeb3b36-36cc-4eae-97b8-11ea75f9b4af}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.cronjob('cj').metadata.uid, h.job('keeper').metadata.uid], ['0a4f9774-99a1-4640-8a82-5b7c27d7da87', '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af'], 'seeded uids (scenario premise)');
    h.eq(h.sec(h.cronjob('cj').metadata.deletionTimestamp), 30, 'cj deleted at 30s');
    const x = h.job('x');
    h.eq([x.metadata.deletionTimestamp, x.metadata.generation], [undefined, 1], 'x kept');
    h.eq(x.metadata.ownerReferences.map((o) => `${o.kind}/${o.name}`), ['Job/keeper'], 'only the solid owner is left');
    h.eq(h.sec(h.hasCond(x, 'Complete').lastTransitionTime), 61, 'x completes at 61s');
    h.eq(h.podsOf('x')[0].metadata.deletionTimestamp, undefined, 'x\'s pod untouched');
  },
};
