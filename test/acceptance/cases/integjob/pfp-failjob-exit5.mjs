// TestJobPodFailurePolicy "pod status matching the configured FailJob rule on exit codes; job terminated":
// the third rule (FailJob on 5,6,7) matches; wantActive 0, wantFailed 1, Failed; finished pods carry no finalizer.
export default {
  id: 'integjob/pfp-failjob-exit5',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicy "pod status matching the configured FailJob rule on exit codes; job terminated"; pod_failure_policy.go matchPodFailurePolicy (message); reference §5, §2.8, §11',
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
    metadata: {annotations: {jobsim/exit-codes: "5"}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pfp');
    h.eq(pods.length, 1, 'pods created');
    const pod = pods[0].metadata.name;
    const msg = `Container main-container for pod default/${pod} failed with exit code 5 matching FailJob rule at index 2`;
    const job = h.job('pfp');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'True', 'PodFailurePolicy', msg, 11], ['Failed', 'True', 'PodFailurePolicy', msg, 11]], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed, job.status.succeeded ?? 0, job.status.ready, job.status.terminating, job.status.uncountedTerminatedPods], [0, 1, 0, 0, 0, {}], '[active, failed, succeeded, ready, terminating, uncounted]');
    h.eq(h.events({ kind: 'Job', name: 'pfp', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['PodFailurePolicy', msg, 11]], 'warning events');
    h.eq(pods[0].metadata.finalizers ?? [], [], 'finished pod finalizers');
  },
};
