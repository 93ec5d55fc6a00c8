// A ttlSecondsAfterFinished raised before the Job expired: the first expiry (11+30 = 41s) finds the fresh copy not
// expired any more (processTTL on the re-read object re-queues), the Job is deleted at 11+120 = 131s.
export default {
  id: 'deletion/ttl-patch-longer-postpones',
  source: 'ttlafterfinished_controller.go processJob ("The Job\'s TTL is assumed to have expired, but the Job TTL might be stale": fresh GET, processTTL again, enqueueAfter remaining)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  timeline:
  - {at: 20s, patch: {kind: Job, name: lengthen, spec: {ttlSecondsAfterFinished: 120}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: lengthen}
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('lengthen');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete at +11s');
    h.eq(h.sec(j.metadata.deletionTimestamp), 131, 'deleted 120s after Complete, not at the stale 41s');
    h.eq(h.sec(h.podsOf('lengthen')[0].metadata.deletionTimestamp), 131, 'pod collected with it');
  },
};
