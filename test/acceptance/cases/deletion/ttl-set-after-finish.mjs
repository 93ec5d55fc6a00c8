// ttlSecondsAfterFinished added to Jobs that finished without one. TTL 0 added at 100s: already expired, deleted at
// once (100s). TTL 100 added at 20s: counted from the Complete condition (11s), not from the patch: deleted at 111s.
export default {
  id: 'deletion/ttl-set-after-finish',
  source: 'ttlafterfinished_controller.go updateJob/needsCleanup (TTL != nil && finished), timeLeft (expireAt = Complete lastTransitionTime + TTL); job validation: ttlSecondsAfterFinished mutable',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  timeline:
  - {at: 100s, patch: {kind: Job, name: zero, spec: {ttlSecondsAfterFinished: 0}}}
  - {at: 20s, patch: {kind: Job, name: later, spec: {ttlSecondsAfterFinished: 100}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: zero}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: later}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const n of ['zero', 'later']) h.eq(h.sec(h.hasCond(h.job(n), 'Complete').lastTransitionTime), 11, `${n} Complete at +11s`);
    h.eq(h.sec(h.job('zero').metadata.deletionTimestamp), 100, 'zero: deleted when the TTL appears');
    h.eq(h.sec(h.job('later').metadata.deletionTimestamp), 111, 'later: Complete + 100s');
  },
};
