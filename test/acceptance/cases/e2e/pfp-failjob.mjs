// e2e "should allow to use the pod failure policy on exit code to fail the job early": failOnce pods pinned to one node,
// FailJob on exit code 1. The first attempt exits 1 at 2s: FailureTarget (PodFailurePolicy, the rule's exact message),
// the other pod (which succeeded at the same instant) is counted, and Failed follows in the same sync (nothing terminating).
export default {
  id: 'e2e/pfp-failjob',
  source: 'test/e2e/apps/job.go "should allow to use the pod failure policy on exit code to fail the job early" (waitForJobCondition FailureTarget/PodFailurePolicy, WaitForJobFailed); job_controller.go syncJob; pod_failure_policy.go matchPodFailurePolicy; reference job-controller §5, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pod-failure-failjob}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [1]}
  template:
    metadata: {annotations: {jobsim/duration: 2s, jobsim/exit-codes: "1,0"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pod-failure-failjob');
    const pods = h.podsOf('pod-failure-failjob');
    h.eq(pods.length, 2, 'pods created');
    const failed = pods.find((p) => p.status.phase === 'Failed');
    h.assert(failed, 'one failed pod');
    const msg = `Container c for pod default/${failed.metadata.name} failed with exit code 1 matching FailJob rule at index 0`;
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'PodFailurePolicy', msg, 2], ['Failed', 'True', 'PodFailurePolicy', msg, 2]], 'conditions');
    h.eq(pods.map((p) => p.spec.nodeName), ['node-1', 'node-1'], 'pinned to node-1');
    h.eq([job.status.failed, job.status.succeeded, job.status.active ?? 0, job.status.terminating], [1, 1, 0, 0], 'failed/succeeded/active/terminating');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['PodFailurePolicy', msg, 2]], 'warning event at Failed');
  },
};
