// Same eviction during an image pull, with backoffLimit 0 and an Ignore rule on DisruptionTarget (which
// implies podReplacementPolicy Failed): the pod is Failed at once by the kubelet (nothing ran), the rule
// matches the Eviction API's condition, so it is not counted (failed 0) and the Job survives backoffLimit 0.
// The replacement (11s) still follows the finish time from Ready=False (0s).
export default {
  id: 'evict/ev03-image-pull-pfp-ignore',
  source: 'eviction.go addConditionAndDeletePod; job pod_failure_policy.go matchPodFailurePolicy (Ignore, onPodConditions DisruptionTarget); job_controller.go (podFailurePolicy => only terminal pods counted); backoff_utils.go getFinishedTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  latencies: {imagePull: 30s}
  faults:
  - {at: 10s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq([p.status.phase, h.exitCodeOf(p)], ['Failed', 137], 'evicted pod');
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq(h.sec(q.metadata.creationTimestamp), 11, 'replacement');
    const j = h.job('j');
    h.eq([j.status.failed ?? 0, j.status.succeeded], [0, 1], 'ignored');
    h.noCond(j, 'Failed');
    h.eq(h.sec(h.hasCond(j, 'Complete', 'CompletionsReached').lastTransitionTime), 52, 'Complete');
  },
};
