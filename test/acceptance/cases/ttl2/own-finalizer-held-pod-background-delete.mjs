// A Job with its own finalizer (example.com/keep) whose pod carries example.com/hold: the TTL controller deletes it at 16s
// (foreground: [example.com/keep, foregroundDeletion]), held by the pod. A kubectl delete (Background) at 60s drops
// foregroundDeletion but example.com/keep remains, so the Job stays: deletionTimestamp still 16s (markAsDeleting keeps an
// earlier one), generation 2, finalizers [example.com/keep]; the pod stays held.
export default {
  id: 'ttl2/own-finalizer-held-pod-background-delete',
  source: 'registry store.go deletionFinalizersForGarbageCollection (Background: drop orphan/foregroundDeletion, keep others), updateForGracefulDeletionAndFinalizers (pending finalizers), markAsDeleting (keep earlier deletionTimestamp, no 2nd generation bump)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 60s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
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
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation, j.metadata.finalizers], [16, 0, 2, ['example.com/keep']], 'held by its own finalizer only');
    const [p] = h.podsOf('j');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers], [16, ['example.com/hold']], 'pod held');
  },
};
