// Two Jobs complete at the same instant (11s) with different TTLs: each is deleted at its own expiry, 11s (TTL 0) and
// 31s (TTL 20); each keyed separately in the work queue.
export default {
  id: 'ttlgc/ttl-two-jobs-own-expiry',
  source: 'ttlafterfinished_controller.go enqueueAfter per key, processJob',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: zero}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: twenty}
spec:
  ttlSecondsAfterFinished: 20
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.sec(h.job('zero').metadata.deletionTimestamp), h.sec(h.job('twenty').metadata.deletionTimestamp)], [11, 31], 'deletions');
    h.eq(r.spec.endedBy, 'quiet', 'nothing left to do');
  },
};
