// FailIndex on DisruptionTarget: the evicted pod's index fails without retry (backoffLimitPerIndex
// 2 unused); the only index being failed, the Job fails FailedIndexes at +61s.
export default {
  id: 'policy/failindex-pod-condition',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "FailIndex rule matched for pod conditions"; job-controller.md §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: f }
spec:
  faults:
  - { at: 1m, evictPod: default/x-0-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 2
  podFailurePolicy:
    rules:
    - { action: FailIndex, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x').map((p) => p.metadata.name), ['x-0-bn7wn'], 'pods');
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 61], ['Failed', 'FailedIndexes', 61]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.succeeded ?? 0], [1, '0', 0], '[failed, failedIndexes, succeeded]');
  },
};
