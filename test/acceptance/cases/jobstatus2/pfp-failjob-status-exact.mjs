// podFailurePolicy FailJob on exit code 42: FailureTarget then Failed with reason PodFailurePolicy and the upstream message;
// the spec was defaulted to podReplacementPolicy Failed, and terminating is still reported (0).
export default {
  id: 'jobstatus2/pfp-failjob-status-exact',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"); job_controller.go syncJob (FailureTarget, JobReasonPodFailurePolicy)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: p}
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {containerName: c, operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/exit-codes: "42"}}
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('p');
    const [pod] = h.podsOf('p');
    const msg = `Container c for pod default/${pod.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    h.eq(j.spec.podReplacementPolicy, 'Failed', 'podReplacementPolicy');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', msg, 11], ['Failed', 'PodFailurePolicy', msg, 11]], 'conditions');
    h.eq([j.status.failed, j.status.terminating, j.status.ready, j.status.active, j.status.completionTime], [1, 0, 0, undefined, undefined], '[failed, terminating, ready, active, completionTime]');
  },
};
