// Two pods (completions 2, parallelism 2). The first is evicted at 30s: one failure, replacement after 10s (40s).
// The second is evicted at 60s: two failures since the last success, so the back-off is 10s * 2 = 20s from the
// latest failure: replacement at 80s. Complete when it ends (200s -> 201s), failed 2.
export default {
  id: 'evict/ev16-second-eviction-doubles-backoff',
  source: 'job backoff_utils.go newBackoffRecord (failuresAfterLastSuccess, lastFailureTime) and getRemainingTimePerIndex/getBackoff (DefaultJobPodFailureBackOff * 2^(failures-1)); eviction.go addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
  - {at: 60s, evictPod: default/j-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]),
      [[0, 'Failed', 143], [0, 'Failed', 143], [40, 'Succeeded', 0], [80, 'Succeeded', 0]], 'pods');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.succeeded, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [2, 2, 201], 'Job');
  },
};
