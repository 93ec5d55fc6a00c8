// A Job with its own finalizer is deleted by the TTL controller at 16s (Complete 11s + 5) and held. Patching its TTL
// to 100 at 60s bumps the generation (3) but needsCleanup is false for a Job with a deletionTimestamp: nothing is
// deleted again, the deletionTimestamp stays 16s, the finalizers stay [example.com/keep].
export default {
  id: 'ttlgc/ttl-patch-on-held-job-no-second-delete',
  source: 'ttlafterfinished_controller.go updateJob/needsCleanup (DeletionTimestamp == nil required), processJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 60s, patch: {kind: Job, name: j, spec: {ttlSecondsAfterFinished: 100}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers, j.spec.ttlSecondsAfterFinished], [16, 3, ['example.com/keep'], 100], 'held, patched, not deleted again');
    h.eq(h.podsOf('j').map((p) => [h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]), [[16, 0]], 'pod collected at 16s');
  },
};
