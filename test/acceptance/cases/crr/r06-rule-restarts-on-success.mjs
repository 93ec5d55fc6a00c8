// Rules are consulted before the container's restartPolicy: OnFailure plus "Restart In [0]" restarts on success
// too. Every run exits 0 after 10s: restarts at 10s, 30s, 60s (back-off 0, 10s, 20s); cut at 65s the pod is
// Running with restartCount 3 and the Job has neither succeeded nor any condition.
export default {
  id: 'crr/rule-restarts-on-success',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (rules first, then container policy); kuberuntime doBackOff (back-off regardless of exit code)',
  args: ['--duration', '65s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rs}
spec:
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [0]}}
`,
  check(r, h) {
    const p = h.podsOf('rs')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, h.sec(cs.state.running?.startedAt)], ['Running', 3, 60], '[phase, restartCount, running since]');
    const l = cs.lastState.terminated;
    h.eq([l.exitCode, l.reason, h.sec(l.startedAt), h.sec(l.finishedAt)], [0, 'Completed', 30, 40], 'lastState');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60], 'Started');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20, 40], 'BackOff');
    const job = h.job('rs');
    h.eq([job.status.active, job.status.succeeded, job.status.conditions ?? []], [1, undefined, []], '[active, succeeded, conditions]');
  },
};
