// Complete at 11s with ttlSecondsAfterFinished 30; the TTL is removed at 30s, during a kube-controller-manager outage
// (20s-2m20s) that covers the old expiry (41s). The returning controller lists a Job without TTL: never deleted.
export default {
  id: 'ttl2/outage-ttl-removed-during-outage',
  source: 'ttlafterfinished_controller.go addJob (needsCleanup false: not enqueued); the old expiry was never queued in the new process',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  faults:
  - {at: 20s, controllerDown: all, for: 2m}
  timeline:
  - {at: 30s, patch: {kind: Job, name: c, spec: {ttlSecondsAfterFinished: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: c}
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('c');
    h.eq([j.spec.ttlSecondsAfterFinished, j.metadata.deletionTimestamp, j.metadata.generation], [undefined, undefined, 2], 'kept');
    h.eq(h.podsOf('c').map((p) => p.metadata.deletionTimestamp), [undefined], 'pod kept');
  },
};
