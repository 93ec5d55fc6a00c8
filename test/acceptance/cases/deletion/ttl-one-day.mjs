// A long TTL (86400s) is a plain delayed requeue: the Job that completes at 11s is deleted exactly one day later,
// 1d 00:00:11; the run (2d) keeps nothing else pending.
export default {
  id: 'deletion/ttl-one-day',
  source: 'ttlafterfinished_controller.go processTTL (enqueueAfter remaining), timeLeft',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 2d
---
apiVersion: batch/v1
kind: Job
metadata: {name: day}
spec:
  ttlSecondsAfterFinished: 86400
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('day');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete at +11s');
    h.eq(j.metadata.deletionTimestamp, '2026-01-02T00:00:11Z', 'deleted one day after');
    h.eq(h.podsOf('day')[0].metadata.deletionTimestamp, '2026-01-02T00:00:11Z', 'pod with it');
  },
};
