// A Job held by its own finalizer is deleted twice (30s, 60s). The second DELETE finds it already being deleted: the
// deletionTimestamp (30s), deletionGracePeriodSeconds (0) and generation (2, bumped once by markAsDeleting) are unchanged,
// and nothing touches its pod, which keeps running (the owner still exists: no garbage).
export default {
  id: 'deletion2/second-delete-of-held-job',
  source: 'registry store.go markAsDeleting (generation bumped only when DeletionTimestamp == nil; an earlier deletionTimestamp kept); garbagecollector classifyReferences (owner present: solid)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
  - {at: 60s, delete: {kind: Job, name: j}}
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
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation, j.metadata.finalizers], [30, 0, 2, ['example.com/keep']], 'Job');
    const p = h.podsOf('j')[0];
    h.eq([p.metadata.deletionTimestamp, p.status.phase, p.metadata.finalizers, p.metadata.generation], [undefined, 'Running', undefined, 1], 'pod untouched, only untracked');
  },
};
