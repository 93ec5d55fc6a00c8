// TestJobPodFailurePolicy "pod status matching the configured Count rule on exit codes; pod failure counted":
// the failed pod counts (wantFailed 1), is replaced 10s after it finished (wantActive 1), and once the replacement
// succeeds the Job is Complete.
export default {
  id: 'integjob/pfp-count-exit10',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicy "pod status matching the configured Count rule on exit codes; pod failure counted"; backoff_utils.go (10s); reference §5, §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pfp}
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
    metadata: {annotations: {jobsim/exit-codes: "10,0"}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pfp');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p), p.metadata.finalizers ?? []]), [[0, 'Failed', 10, []], [20, 'Succeeded', 0, []]], 'pods [created, phase, exit, finalizers]');
    const job = h.job('pfp');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.succeeded, job.status.ready, job.status.terminating, job.status.uncountedTerminatedPods], [0, 1, 1, 0, 0, {}], '[active, failed, succeeded, ready, terminating, uncounted]');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'True', 'CompletionsReached', 31], ['Complete', 'True', 'CompletionsReached', 31]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'pfp', type: 'Warning' }).length, 0, 'no warning events');
  },
};
