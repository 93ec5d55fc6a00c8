// The contrast to sg01: a container that handles SIGTERM (the default behaviour) exits at once with 143,
// which the Ignore rule does not match; with backoffLimit 0 the Job fails.
export default {
  id: 'sigterm/sg02-evicted-143-counted',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy (onExitCodes In [1,137] does not match 143); job_controller.go backoffLimit',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 30s, evictPod: default/ev-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ev}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [1, 137]}
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      terminationGracePeriodSeconds: 1
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.get('Pod', 'ev-bn7wn').status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [143, 30], 'exits at once on SIGTERM');
    const j = h.job('ev');
    h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq(j.status.failed, 1, 'counted');
  },
};
