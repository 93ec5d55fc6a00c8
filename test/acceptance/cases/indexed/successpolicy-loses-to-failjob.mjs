// successPolicy and a FailJob rule decided in the same sync (index 0 exits 3 and index 1 succeeds at 10s): the pod
// failure policy is evaluated first, so the Job gets FailureTarget/Failed reason PodFailurePolicy, never
// SuccessCriteriaMet, although succeededIndexes "0,1" with succeededCount 1 is met.
export default {
  id: 'indexed/successpolicy-loses-to-failjob',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with successPolicy and podFailurePolicy; ... job has a failed condition when job meets to both successPolicy and podFailurePolicy"; job_controller.go syncJob (getFailJobMessage before matchSuccessPolicy); reference §2.4, §15 item 10',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp7}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp7}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [3]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp7}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - succeededIndexes: "0,1"
      succeededCount: 1
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [3]}
  template:
    metadata: {labels: {app: sp7}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp7');
    const p0 = h.podsOf('sp7').find((p) => p.metadata.name.startsWith('sp7-0-'));
    const msg = `Container c for pod default/${p0.metadata.name} failed with exit code 3 matching FailJob rule at index 0`;
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, 11], ['Failed', 'PodFailurePolicy', msg, 11]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes], [1, 1, '1'], '[failed, succeeded, completedIndexes]');
  },
};
