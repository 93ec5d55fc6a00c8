// Complete at 11s with ttlSecondsAfterFinished 30: its expiry (41s) falls in a kube-controller-manager outage (20s-2m20s),
// but the TTL is raised to 600 at 60s. The returning TTL controller reads the current spec: 11 + 600 = 611s, so nothing
// happens at 140s and the Job is deleted at 611s.
export default {
  id: 'ttl2/outage-ttl-lengthened-during-outage',
  source: 'ttlafterfinished_controller.go addJob on relist, processTTL (timeLeft > 0: enqueueAfter remaining), timeLeft',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 15m
  faults:
  - {at: 20s, controllerDown: all, for: 2m}
  timeline:
  - {at: 60s, patch: {kind: Job, name: b, spec: {ttlSecondsAfterFinished: 600}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('b');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation], [611, 3], 'deleted at 11 + 600');
    h.eq(h.podsOf('b').map((p) => h.sec(p.metadata.deletionTimestamp)), [611], 'pod at 611s');
  },
};
