// A container's terminated exit code matters only once the pod is Failed: containers a and b both exit 5 at 10s;
// a restarts in place (its restartPolicyRules), b (restartPolicy Never) stays terminated with 5 while the pod keeps
// Running, so the FailJob rule on 5 does not fire. a's third run exits 0 at 40s (restarted at 10s, then after a
// 10s back-off at 30s); nothing will restart, b's last exit is 5: the pod is Failed and the Job fails at 41s with
// PodFailurePolicy naming container b.
export default {
  id: 'jobctl/pfp-running-pod-terminated-container-no-failjob',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "running pod should not result in job fail based on OnExitCodes" (Running pod, container terminated with 5: no condition, active 1) and "fail job based on OnExitCodes"; job_controller.go getFailJobMessage (isPodFailed only), pod_failure_policy.go getMatchingContainerFromList',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rp}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [5]}
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "5,5,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - action: Restart
          exitCodes: {operator: In, values: [5]}
      - name: b
        image: busybox:1.36
`,
  check(r, h) {
    const pods = h.podsOf('rp');
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0];
    const cs = Object.fromEntries(p.status.containerStatuses.map((c) => [c.name, [c.restartCount, c.state.terminated?.exitCode, h.sec(c.state.terminated?.finishedAt)]]));
    h.eq([p.status.phase, cs], ['Failed', { a: [2, 0, 40], b: [0, 5, 10] }], 'pod [phase, {container: [restarts, exit, finishedAt]}]');
    const msg = `Container b for pod default/${p.metadata.name} failed with exit code 5 matching FailJob rule at index 0`;
    const j = h.job('rp');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', msg, 41],
      ['Failed', 'PodFailurePolicy', msg, 41],
    ], 'conditions');
    h.eq(j.status.failed, 1, 'failed');
  },
};
