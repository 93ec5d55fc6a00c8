// TTL 100 (Complete at 11s: expiry 111s) removed at 20s (merge patch null), then set to 30 at 60s: 11 + 30 = 41s is
// already past, so the update handler's enqueue finds the Job expired and deletes it at 60s (generation 1 -> 2 -> 3
// by the two spec patches, 4 by the foreground DELETE).
export default {
  id: 'ttlgc/ttl-removed-then-readded-expired',
  source: 'ttlafterfinished_controller.go updateJob (enqueue when needsCleanup), processJob/processTTL (timeLeft <= 0: delete); markAsDeleting generation bump',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 20s, patch: {kind: Job, name: j, spec: {ttlSecondsAfterFinished: null}}}
  - {at: 60s, patch: {kind: Job, name: j, spec: {ttlSecondsAfterFinished: 30}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 100
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [60, 4], 'deleted when the TTL reappears');
  },
};
