// As ttl-foreground-blocked-by-held-pod; a metadata patch at 60s sets finalizers: null. An update that empties the
// finalizers of an object with a deletionTimestamp deletes it (the store's deleteForEmptyFinalizers path): the Job is
// gone, its last state without finalizers; the pod, held by its own finalizer, stays.
export default {
  id: 'ttlgc/ttl-held-foreground-finalizer-patched-away',
  source: 'registry/generic/registry/store.go Update -> deleteWithoutFinalizers (ShouldDeleteDuringUpdate: deletionTimestamp set, no finalizers, grace 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 60s, patch: {kind: Job, name: j, metadata: {finalizers: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 5
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.finalizers], [16, undefined], 'gone once its finalizers are emptied');
    const [p] = h.podsOf('j');
    h.eq(p.metadata.finalizers, ['example.com/hold'], 'pod stays');
  },
};
