// Job x names two owners: CronJob cj, which exists (seeded uid), and ConfigMap "gone", which does not. The garbage
// collector's attemptToDeleteItem finds one solid owner, so x is not garbage; it patches the dangling reference away
// (GenerateDeleteOwnerRefStrategicMergeBytes) at 0s: a metadata change, no generation bump. x runs to completion with
// cj as its only owner.
export default {
  id: 'ttlgc3/gc-solid-owner-dangling-ref-patched-away',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (case len(solid) != 0 with dangling: "remove dangling references and waiting references for item", deleteOwnerRef patch); graph_builder.go addDependentToOwners (virtual node for the unknown owner -> attemptToDelete -> virtual delete event -> dependents queued)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
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
  name: x
  ownerReferences:
  - {apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87}
  - {apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded uid of cj (scenario premise)');
    const x = h.job('x');
    h.eq(x.metadata.deletionTimestamp, undefined, 'x is not garbage (one solid owner)');
    h.eq(x.metadata.ownerReferences.map((o) => `${o.kind}/${o.name}`), ['CronJob/cj'], 'the dangling reference is removed');
    h.eq(x.metadata.generation, 1, 'a metadata patch: no generation bump');
    h.eq(h.sec(h.hasCond(x, 'Complete').lastTransitionTime), 61, 'x completes at 61s');
  },
};
