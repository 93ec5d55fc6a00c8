// Pod Never, container restartPolicy OnFailure, 10s runs exiting 1, pod activeDeadlineSeconds 25: the deadline passes
// while the container waits its 10s back-off, so TerminatePod gives it ContainerStatusUnknown with exit code 137.
// A podFailurePolicy FailJob rule on exit code 137 matches that terminated state (the in-place restarts never reached
// the Job controller): FailureTarget and Failed PodFailurePolicy at 26s with the rule's message, no replacement pod.
export default {
  id: 'kubeletrt/pfp-matches-container-status-unknown',
  source: 'pkg/kubelet/status/status_manager.go TerminatePod (ExitCode 137, Reason ContainerStatusUnknown); pkg/kubelet/active_deadline.go ShouldEvict; pkg/controller/job/pod_failure_policy.go getMatchingContainerFromList (State.Terminated.ExitCode != 0 and In values), matchPodFailurePolicy ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: pf }
spec:
  backoffLimit: 3
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { operator: In, values: [137] }
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      activeDeadlineSeconds: 25
      restartPolicy: Never
      containers:
      - { name: c, image: busybox:1.36, restartPolicy: OnFailure }
`,
  check(r, h) {
    const pods = h.podsOf('pf');
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0];
    h.eq([p.status.phase, p.status.reason, p.status.containerStatuses[0].state.terminated?.exitCode, p.status.containerStatuses[0].state.terminated?.reason],
      ['Failed', 'DeadlineExceeded', 137, 'ContainerStatusUnknown'], 'pod');
    const j = h.job('pf');
    const msg = `Container c for pod default/${p.metadata.name} failed with exit code 137 matching FailJob rule at index 0`;
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, 26], ['Failed', 'PodFailurePolicy', msg, 26]], 'Job conditions');
    h.eq(j.status.failed, 1, 'failed');
  },
};
