// TTL 300 (expiry 311s) lowered to 60 at 30s: the new expiry (71s) is still ahead, so processTTL re-queues the key for
// the time left and the Job is deleted at 71s, neither at the patch (30s) nor at the old expiry.
export default {
  id: 'ttlgc/ttl-lowered-to-future-expiry',
  source: 'ttlafterfinished_controller.go updateJob -> enqueue, processTTL (timeLeft > 0: enqueueAfter(t)), processJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 10m
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, spec: {ttlSecondsAfterFinished: 60}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 300
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.job('j').metadata.deletionTimestamp), 71, 'Complete 11s + 60s');
  },
};
