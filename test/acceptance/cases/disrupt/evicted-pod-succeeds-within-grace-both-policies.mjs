// Two Jobs, each pod evicted at 60s while ignoring SIGTERM (grace 30s, deletionTimestamp 90s); its work ends
// on its own at 70s with exit 0, so the pod is Succeeded despite DisruptionTarget EvictionByEvictionAPI.
//  a (no podFailurePolicy): a deleted pod that is not Succeeded counts as failed: failed at its 61s sync,
//    finalizer removed, so the later success is never counted; replacement after the back-off (70s),
//    Complete at 141s with failed 1, succeeded 1.
//  b (podFailurePolicy, so only terminal pods count): the pod is counted when Succeeded: Complete at 71s.
export default {
  id: 'disrupt/evicted-pod-succeeds-within-grace-both-policies',
  source: 'job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded, unless onlyReplaceFailedPods), trackJobStatusAndRemoveFinalizers; pod_failure_policy.go (rules apply to failed pods only); eviction.go addConditionAndDeletePod',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 60s, evictPod: default/a-bn7wn }
  - { at: 60s, evictPod: default/b-vqbl8 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "70s", jobsim/on-sigterm: ignore } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "70s", jobsim/on-sigterm: ignore } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [a0, a1] = h.podsOf('a');
    const [b0, ...bRest] = h.podsOf('b');
    for (const p of [a0, b0]) {
      h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
      h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), h.sec(p.metadata.deletionTimestamp)], ['Succeeded', 0, 70, 90], `${p.metadata.name} ends on its own`);
    }
    h.eq(h.sec(a1.metadata.creationTimestamp), 70, 'a: replaced after the back-off');
    const ja = h.job('a');
    h.eq([ja.status.failed, ja.status.succeeded, h.sec(h.hasCond(ja, 'Complete').lastTransitionTime)], [1, 1, 141], 'a: evicted pod counted failed');
    h.eq(bRest.length, 0, 'b: no replacement');
    const jb = h.job('b');
    h.eq([jb.status.failed ?? 0, jb.status.succeeded, h.sec(h.hasCond(jb, 'Complete').lastTransitionTime)], [0, 1, 71], 'b: counted succeeded');
  },
};
