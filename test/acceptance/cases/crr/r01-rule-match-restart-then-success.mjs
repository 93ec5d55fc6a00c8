// Pod restartPolicy Never, container restartPolicy Never with a Restart rule on exit code 42. Exits 42, 42, 0
// (10s each): restarted at once at 10s (no back-off entry yet), then after a 10s back-off (BackOff at 20s,
// started again at 30s); exit 0 matches no rule and Never does not restart: pod Succeeded at 40s, restartCount
// 2, Job Complete at 41s (1s batching). Same kubelet timeline as restartPolicy OnFailure.
export default {
  id: 'crr/rule-match-restart-then-success',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (container policy set: first matching rule, Restart -> true; else container policy); pkg/kubelet/container/helpers.go ShouldContainerBeRestarted (gate on -> ContainerShouldRestart); kuberuntime doBackOff; kubelet_pods.go getPhase (gate on: stopped == stoppedNotRestartable && stopped == succeeded -> Succeeded)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rr}
spec:
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "42,42,0"}}
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
    const pods = h.podsOf('rr');
    h.eq(pods.length, 1, 'one pod, restarted in place');
    const p = pods[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount], ['Succeeded', 2], '[phase, restartCount]');
    const t = cs.state.terminated, l = cs.lastState.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [0, 'Completed', 30, 40], 'state');
    h.eq([l.exitCode, l.reason, h.sec(l.startedAt), h.sec(l.finishedAt)], [42, 'Error', 10, 20], 'lastState');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30], 'Started');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[20, 'Warning', `Back-off restarting failed container c in pod ${p.metadata.name}_default(${p.metadata.uid})`]], 'BackOff');
    const job = h.job('rr');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 41], ['Complete', 'CompletionsReached', 41]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed], [1, undefined], '[succeeded, failed]');
  },
};
