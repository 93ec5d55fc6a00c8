// A pattern with status False does not match a DisruptionTarget=True pod: the eviction counts.
export default {
  id: 'policy/evict-status-false-no-match',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "ignore rule does not match when status for pattern is False, but actual True"',
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
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget, status: "False" }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq(job.status.failed, 1, 'failed');
  },
};
