// Exits 42 then 1: the rule restarts the container at 10s; exit 1 matches no rule and the container's own
// Never applies: the pod is Failed at 20s (getPhase: every container stopped and not restartable, one failed).
// backoffLimit 0: FailureTarget and Failed (BackoffLimitExceeded) at 21s. No BackOff event (the only restart
// had no back-off). The in-place restart is not a Job failure: failed 1 (the pod), not 2.
export default {
  id: 'crr/rule-mismatch-pod-fails',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart/findMatchingContainerRestartRule; pkg/kubelet/kubelet_pods.go getPhase (ContainerRestartRules: stopped == stoppedNotRestartable, stopped != succeeded -> Failed); job_controller.go (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rm}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "42,1"}}
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
    const p = h.podsOf('rm')[0];
    h.eq(h.podsOf('rm').length, 1, 'one pod');
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount], ['Failed', 1], '[phase, restartCount]');
    const t = cs.state.terminated, l = cs.lastState.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [1, 'Error', 10, 20], 'state');
    h.eq([l.exitCode, h.sec(l.startedAt), h.sec(l.finishedAt)], [42, 0, 10], 'lastState');
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['False', 'PodFailed', 20], 'Ready');
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'no BackOff');
    const job = h.job('rm');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 21], ['Failed', 'BackoffLimitExceeded', 21]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
