// Same pod run to the end: a exits 0 at 20s (OnFailure: no restart), b failed at 10s and was never restartable:
// every container stopped and none restartable, one failed -> pod Failed at 20s; backoffLimit 0 -> Job
// FailureTarget/Failed BackoffLimitExceeded at 21s.
export default {
  id: 'crr/multi-container-final',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (ContainerRestartRules: stopped == stoppedNotRestartable, succeeded 1 of 2 -> Failed); pkg/api/v1/pod/util.go ContainerShouldRestart',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: mf}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: OnFailure
      - name: b
        image: busybox:1.36
`,
  check(r, h) {
    const p = h.podsOf('mf')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const [a, b] = ['a', 'b'].map((n) => p.status.containerStatuses.find((c) => c.name === n));
    const ta = a.state.terminated, tb = b.state.terminated;
    h.eq([a.restartCount, ta.exitCode, ta.reason, h.sec(ta.startedAt), h.sec(ta.finishedAt), a.lastState.terminated?.exitCode], [1, 0, 'Completed', 10, 20, 1], 'a');
    h.eq([b.restartCount, tb.exitCode, tb.reason, h.sec(tb.startedAt), h.sec(tb.finishedAt)], [0, 1, 'Error', 0, 10], 'b');
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    // Ready went False at 10s (b stopped for good while a restarted) and stays False: the status
    // manager keeps a condition's lastTransitionTime while its status is unchanged
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['False', 'PodFailed', 10], 'Ready');
    const job = h.job('mf');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 21], ['Failed', 'BackoffLimitExceeded', 21]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
