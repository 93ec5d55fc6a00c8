// A ttlSecondsAfterFinished lowered on a finished Job: the TTL controller's update handler enqueues the Job at once
// (needsCleanup), processTTL finds it expired and deletes it in that instant (not at the old expiry). The spec patch
// bumps generation (2) and the foreground DELETE, which adds the foregroundDeletion finalizer, bumps it again (3).
export default {
  id: 'deletion/ttl-patch-shorter-expires-now',
  source: 'ttlafterfinished_controller.go updateJob (enqueue when DeletionTimestamp == nil && needsCleanup), processJob/processTTL (timeLeft <= 0: delete, Foreground); job strategy PrepareForUpdate (generation+1 on spec change); registry store.go markAsDeleting (generation+1, deletionGracePeriodSeconds 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  timeline:
  - {at: 60s, patch: {kind: Job, name: shorten, spec: {ttlSecondsAfterFinished: 10}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: shorten}
spec:
  ttlSecondsAfterFinished: 300
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('shorten');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete at +11s');
    h.eq(h.sec(j.metadata.deletionTimestamp), 60, 'deleted when the patch makes it expired (11+10 < 60), not at 11+300');
    h.eq(j.metadata.deletionGracePeriodSeconds, 0, 'deletionGracePeriodSeconds 0 (markAsDeleting)');
    h.eq(j.metadata.generation, 3, 'generation: 1 + spec patch + foreground deletion');
    h.eq(j.spec.ttlSecondsAfterFinished, 10, 'patched TTL');
    const p = h.podsOf('shorten')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Succeeded', 60, 0], 'its Succeeded pod collected at once (terminal: grace 0)');
  },
};
