// A finished Job with a TTL that a user deletes (kubectl: background) before it expires: the TTL controller skips Jobs
// being deleted; the deletion is the user's (at 30s, no generation bump: a Job without finalizers is removed at once),
// and the Succeeded pod is collected by the garbage collector in the same second with grace 0.
export default {
  id: 'deletion/ttl-job-deleted-before-expiry',
  source: 'ttlafterfinished_controller.go processTTL (DeletionTimestamp != nil: skip); registry store.go Delete (no finalizers, background: delete now); pod strategy CheckGracefulDelete (terminal: 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  timeline:
  - {at: 30s, delete: {kind: Job, name: t}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  ttlSecondsAfterFinished: 100
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('t');
    h.eq(h.sec(j.metadata.deletionTimestamp), 30, 'deleted by the user at 30s');
    h.eq(j.metadata.generation, 1, 'no generation bump');
    h.eq(j.metadata.finalizers, undefined, 'no finalizers');
    const p = h.podsOf('t')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Succeeded', 30, 0], 'pod collected at once');
    h.eq(r.counts.Job, 1, 'one Job');
  },
};
