// TestJobPodFailurePolicy "pod status matching the configured Ignore rule on pod conditions; pod failure not counted":
// a pod failed with DisruptionTarget=True (here: an Eviction API call) is not counted (wantFailed 0), it is replaced
// (wantActive 1) and the Job then completes (JobComplete, CompletionsReached).
export default {
  id: 'integjob/pfp-ignore-disruption',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicy "pod status matching the configured Ignore rule on pod conditions; pod failure not counted"; pod_failure_policy.go (Ignore); reference §5 (Ignore still feeds the back-off), §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pfp-ignore}
spec:
  faults:
    - {at: 5s, evictPod: default/rp-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rp}
spec:
  podFailurePolicy:
    rules:
      - action: Ignore
        onPodConditions: [{type: DisruptionTarget}]
      - action: Count
        onExitCodes: {operator: In, values: [10]}
      - action: FailJob
        onExitCodes: {operator: In, values: [5, 6, 7]}
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('rp');
    h.eq(pods.map((p) => [p.metadata.name, p.status.phase, (p.status.conditions ?? []).some((c) => c.type === 'DisruptionTarget' && c.status === 'True')]),
      [['rp-bn7wn', 'Failed', true], [pods[1]?.metadata.name, 'Succeeded', false]], 'pods [name, phase, DisruptionTarget]');
    // the ignored failure (finished at 5s) still feeds the back-off: the replacement comes 10s later
    h.eq(h.sec(pods[1].metadata.creationTimestamp), 15, 'replacement created at');
    const job = h.job('rp');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded, job.status.ready, job.status.terminating], [0, 0, 1, 0, 0], '[active, failed, succeeded, ready, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 26], ['Complete', 'CompletionsReached', 26]], 'conditions');
  },
};
