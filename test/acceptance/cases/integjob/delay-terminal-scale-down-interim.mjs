// TestDelayTerminalPhaseCondition "job scale down to meet completions; JobPodReplacementPolicy and JobSuccessPolicy are
// enabled" (wantInterimStatus): Succeeded 1, Ready 0, Terminating 1, completedIndexes "0", [SuccessCriteriaMet
// CompletionsReached] and no Complete while the deleted pod is still terminating.
export default {
  id: 'integjob/delay-terminal-scale-down-interim',
  source: 'test/integration/job/job_test.go TestDelayTerminalPhaseCondition "job scale down to meet completions; ..." (wantInterimStatus Terminating 1); reference §2.8',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: scale-down}
spec:
  behaviors:
    - selector: {matchLabels: {app: sd}}
      duration: 10s
      perIndex:
        "1": {duration: 300s}
  timeline:
    - {at: 12s, patch: {kind: Job, name: sd, spec: {completions: 1, parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sd}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: sd}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo, lifecycle: {preStop: {sleep: {seconds: 5}}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sd');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason]), [['SuccessCriteriaMet', 'True', 'CompletionsReached']], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded, job.status.completedIndexes, job.status.ready, job.status.terminating], [0, 0, 1, '0', 0, 1], '[active, failed, succeeded, completedIndexes, ready, terminating]');
  },
};
