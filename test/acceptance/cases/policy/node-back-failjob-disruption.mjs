// FailJob on DisruptionTarget and a taint-evicted pod: while its node is unreachable the pod is
// Terminating, not Failed, so the rule cannot match yet; when the node is back (+21m) the kubelet
// stops it, the pod is Failed with DisruptionTarget and the Job fails one second later.
export default {
  id: 'policy/node-back-failjob-disruption',
  source: 'job_controller.go getFailJobMessage (isPodFailed: phase Failed with a podFailurePolicy); pod_failure_policy.go matchOnPodConditions',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: t }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 20m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    const killed = h.sec(p.status.containerStatuses[0].state.terminated.finishedAt);
    const job = h.job('x');
    const msg = `Pod default/${p.metadata.name} has condition DisruptionTarget matching FailJob rule at index 0`;
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, killed + 1], ['Failed', 'PodFailurePolicy', msg, killed + 1]], 'conditions');
    h.assert(killed >= 21 * 60, `pod stopped at +${killed}s, after the node is back (+1260s)`);
    h.eq(job.status.failed, 1, 'failed');
  },
};
