// A FailJob rule on DisruptionTarget; the pod has a native sidecar. Evicted at 30s, its main container ignores
// SIGTERM and finishes its work at 40s with exit 0; only then is the sidecar stopped (143 at 40s). The pod phase
// follows the regular containers only: Succeeded, so no pod failure policy rule applies: the Job completes at 41s
// (succeeded 1, failed 0) despite DisruptionTarget=True.
export default {
  id: 'evict/ev19-sidecar-pod-succeeds-within-grace',
  source: 'kubelet kubelet_pods.go getPhase (regular containers decide; restartable init containers ignored when terminated); kuberuntime termination ordering (sidecar after main); job pod_failure_policy.go (failed pods only); eviction.go addConditionAndDeletePod',
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
      initContainers: [{name: side, image: envoy, restartPolicy: Always}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    const main = p.status.containerStatuses[0].state.terminated;
    const side = p.status.initContainerStatuses[0].state.terminated;
    h.eq([main.exitCode, h.sec(main.finishedAt), side.exitCode, h.sec(side.finishedAt)], [0, 40, 143, 40], 'main ends, then the sidecar');
    h.eq(p.status.phase, 'Succeeded', 'phase from the regular container');
    const j = h.job('j');
    h.noCond(j, 'FailureTarget');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [1, 0, 41], 'Complete');
  },
};
