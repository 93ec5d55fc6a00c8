// The pod matching FailJob fails (+10s) while the Job controller is down; when it comes back
// (+1m) it relists and fails the Job: FailureTarget and Failed at +60s, failed 1.
export default {
  id: 'policy/controller-restart-failjob',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicy "pod status matching the configured FailJob rule on exit codes; with controller restart; job terminated"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: r }
spec:
  faults:
  - { at: 5s, controllerDown: job, for: 55s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
    - { action: Count, onExitCodes: { operator: In, values: [10] } }
    - { action: FailJob, onExitCodes: { operator: In, values: [5, 6, 7] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "5" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('x')[0];
    const msg = `Container main-container for pod default/${pod.metadata.name} failed with exit code 5 matching FailJob rule at index 2`;
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', msg, 60], ['Failed', 'PodFailurePolicy', msg, 60]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0], [1, 0], '[failed, active]');
  },
};
