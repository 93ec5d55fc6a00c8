// Rules are tried in order: FailJob on a non-zero exit code comes before Ignore on DisruptionTarget.
// The pod (60s unreachable toleration) is evicted at taint + 60s but stays Terminating while its node is
// down (phase Running: no rule can match a pod that is not Failed). When the node is back (11m) the
// kubelet stops it (143) and the Job fails at 11m+1s by rule 0, not ignored by rule 1.
export default {
  id: 'nodelife2/pfp-failjob-exitcode-before-ignore',
  source: 'pod_failure_policy.go matchPodFailurePolicy (first matching rule wins; onExitCodes NotIn); job_controller.go isPodFailed (podFailurePolicy -> phase Failed only); taint_eviction.go addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { operator: NotIn, values: [0] }
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j');
    h.eq(p.length, 1, 'no replacement (podReplacementPolicy Failed by default with a podFailurePolicy)');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    h.eq(h.sec(h.hasCond(p[0], 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), u + 65, 'DisruptionTarget time');
    h.eq([p[0].status.phase, h.exitCodeOf(p[0])], ['Failed', 143], 'pod killed on return');
    const j = h.job('j');
    const msg = 'Container c for pod default/' + p[0].metadata.name + ' failed with exit code 143 matching FailJob rule at index 0';
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([f.message, h.sec(f.lastTransitionTime)], [msg, 661], 'Failed condition');
    h.eq(j.status.failed, 1, 'failed');
  },
};
