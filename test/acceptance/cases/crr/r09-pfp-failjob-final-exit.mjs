// The pod fails on its final exit (3, no restart rule matches): podFailurePolicy FailJob In [3] matches the
// container's terminated state; the earlier in-place restart (exit 42) is invisible to it. FailureTarget and
// Failed PodFailurePolicy at 21s, the Warning event with the same message, no replacement pod.
export default {
  id: 'crr/pfp-failjob-final-exit',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy/matchOnExitCodes ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"); kubelet_pods.go getPhase',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pf}
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [3]}
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "42,3"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [42]}}
`,
  check(r, h) {
    const pods = h.podsOf('pf');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    h.eq([p.status.phase, p.status.containerStatuses[0].restartCount, p.status.containerStatuses[0].state.terminated?.exitCode], ['Failed', 1, 3], '[phase, restartCount, exit]');
    const msg = `Container c for pod default/${p.metadata.name} failed with exit code 3 matching FailJob rule at index 0`;
    const job = h.job('pf');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', msg, 21], ['Failed', 'PodFailurePolicy', msg, 21]], 'conditions');
    h.eq(h.events({ kind: 'Job', reason: 'PodFailurePolicy' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[21, 'Warning', msg]], 'event');
  },
};
