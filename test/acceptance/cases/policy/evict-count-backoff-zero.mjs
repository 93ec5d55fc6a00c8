// Count on DisruptionTarget with backoffLimit 0: the evicted pod counts, the Job fails
// BackoffLimitExceeded at the next sync.
export default {
  id: 'policy/evict-count-backoff-zero',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "count rule matched for pod conditions"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: e }
spec:
  faults:
  - { at: 1m, evictPod: default/x-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Count, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 61], ['Failed', 'BackoffLimitExceeded', 61]], 'conditions');
    h.eq([job.status.failed, h.podsOf('x').length], [1, 1], '[failed, pods]');
  },
};
