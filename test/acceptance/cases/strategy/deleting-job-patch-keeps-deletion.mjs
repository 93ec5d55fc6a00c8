// A Job held by a finalizer after a delete can still be patched: a patch that repeats its
// deletionTimestamp (the same instant) applies, one that moves it is refused at run time and
// changes nothing (its label stays out), and one that removes the finalizer lets the Job go.
export default {
  id: 'strategy/deleting-job-patch-keeps-deletion',
  source: 'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMetaAccessorUpdate (deletionTimestamp immutable); apiserver registry/rest/update.go BeforeUpdate ("an update can never remove/change grace period seconds"); registry/generic/registry/store.go Update (the last finalizer removed from a deleting object deletes it)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1m
  timeline:
  - {at: 5s, delete: {kind: Job, name: j}}
  - {at: 10s, patch: {kind: Job, name: j, metadata: {deletionTimestamp: "2026-01-01T01:00:05+01:00", deletionGracePeriodSeconds: null, labels: {same: "yes"}}}}
  - {at: 20s, patch: {kind: Job, name: j, metadata: {deletionTimestamp: "2026-01-01T00:00:06Z", labels: {moved: "yes"}}}}
  - {at: 30s, patch: {kind: Job, name: j, metadata: {finalizers: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/hold]}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = r.items.find((o) => o.kind === 'Job' && o.metadata.name === 'j');
    h.eq(job.metadata.deletionTimestamp, '2026-01-01T00:00:05Z', 'deletionTimestamp of the DELETE');
    h.eq(job.metadata.deletionGracePeriodSeconds, 0, 'grace period kept');
    h.eq(job.metadata.labels.same, 'yes', 'the patch repeating the timestamp applied');
    h.eq(job.metadata.labels.moved, undefined, 'the patch moving it did not');
    h.eq(job.metadata.finalizers, undefined, 'finalizer removed');
    h.eq(r.counts.Job ?? 0, 1, 'one Job created');
    h.eq(r.items.filter((o) => o.kind === 'Job' && !o.metadata.deletionTimestamp).length, 0, 'no live Job');
  },
};
