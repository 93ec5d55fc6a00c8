// ttlSecondsAfterFinished 0 raised to 60 at 5s while the Job runs: nothing is deleted at completion (11s); the TTL
// controller requeues the key for the remaining 60s and deletes the Job (foreground) and its pod at 71s.
export default {
  id: 'ttl2/ttl-lengthened-while-running',
  source: 'ttlafterfinished_controller.go processTTL (timeLeft > 0: enqueueAfter), timeLeft (expireAt = Complete lastTransitionTime + TTL)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, spec: {ttlSecondsAfterFinished: 60}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete at 11s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [71, 3, undefined], 'deleted at 11 + 60');
    h.eq(h.podsOf('j').map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [[71, 0]], 'pod with it');
  },
};
