// A FailJob rule on DisruptionTarget. The pod is evicted at 30s but ignores SIGTERM and finishes its work at 40s
// with exit 0, within its 30s grace: phase Succeeded although it carries DisruptionTarget=True
// (EvictionByEvictionAPI). Pod failure policy rules apply to failed pods only, and with a policy only terminal
// pods count (podReplacementPolicy Failed): the success counts, no replacement, Complete at 41s, no FailureTarget.
export default {
  id: 'evict/ev08-failjob-rule-evicted-pod-succeeds',
  source: 'job pod_failure_policy.go matchPodFailurePolicy (called for failed pods only, trackJobStatusAndRemoveFinalizers); job_controller.go isPodFailed (onlyReplaceFailedPods: phase Failed only); eviction.go addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - {action: FailJob, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: 40s, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), h.sec(p.metadata.deletionTimestamp)], ['Succeeded', 0, 40, 60], 'ends on its own');
    const j = h.job('j');
    h.noCond(j, 'FailureTarget');
    h.noCond(j, 'Failed');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(h.hasCond(j, 'Complete', 'CompletionsReached').lastTransitionTime)], [1, 0, 41], 'Complete');
  },
};
