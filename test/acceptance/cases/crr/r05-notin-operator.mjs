// NotIn: the rule matches every exit code outside the set. Rule Restart NotIn [0, 2] on a Never container;
// exits 1, 3, 2: 1 and 3 restart it (10s, then 30s after a 10s back-off), 2 is in the set, no rule matches,
// Never applies: Failed at 40s; backoffLimit 0: Job Failed at 41s.
export default {
  id: 'crr/notin-operator',
  source: 'pkg/api/v1/pod/util.go findMatchingContainerRestartRule (NotIn: !exitCodeMatched -> match); ContainerShouldRestart',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ni}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,3,2"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: NotIn, values: [0, 2]}}
`,
  check(r, h) {
    const p = h.podsOf('ni')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt), cs.lastState.terminated?.exitCode], ['Failed', 2, 2, 40, 3], '[phase, restarts, exit, at, last exit]');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30], 'Started');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20], 'BackOff');
    const f = h.hasCond(h.job('ni'), 'Failed', 'BackoffLimitExceeded');
    h.eq(h.sec(f.lastTransitionTime), 41, 'Failed at');
  },
};
