// Removing ttlSecondsAfterFinished (merge patch null) before expiry: the queued expiry finds needsCleanup false on the
// fresh copy and nothing is deleted; the Job and its pod are still there at the end.
export default {
  id: 'deletion/ttl-removed-before-expiry',
  source: 'ttlafterfinished_controller.go processTTL (DeletionTimestamp != nil || !needsCleanup: nothing), processJob fresh GET re-check',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  timeline:
  - {at: 30s, patch: {kind: Job, name: removed, spec: {ttlSecondsAfterFinished: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: removed}
spec:
  ttlSecondsAfterFinished: 60
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('removed');
    h.eq(j.spec.ttlSecondsAfterFinished, undefined, 'TTL removed');
    h.eq(j.metadata.deletionTimestamp, undefined, 'never deleted');
    h.eq(j.metadata.generation, 2, 'one spec change');
    h.eq(h.podsOf('removed')[0].metadata.deletionTimestamp, undefined, 'pod kept');
  },
};
