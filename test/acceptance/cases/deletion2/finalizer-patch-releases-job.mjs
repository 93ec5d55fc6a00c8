// A Job held by its own finalizer is deleted at 30s (kept: deletionTimestamp 30s, generation 2). A metadata patch removing
// the finalizer at 60s lets the API server remove it (no generation bump for a metadata change); only then is its pod
// garbage: the GC deletes it at 60s (grace 30: deletionTimestamp 90s) and the kubelet kills it at 60s.
export default {
  id: 'deletion2/finalizer-patch-releases-job',
  source: 'registry store.go Update (object being deleted with no finalizers left: deleted); job strategy PrepareForUpdate (generation only on spec change); garbagecollector attemptToDeleteItem (owner gone)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
  - {at: 60s, patch: {kind: Job, name: j, metadata: {finalizers: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [30, 2, undefined], 'Job');
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase, h.exitCodeOf(p)], [90, 30, 'Failed', 143], 'pod collected after the release');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [60], 'Killing at 60s');
  },
};
