// The pod's activeDeadlineSeconds (15) with a (OnFailure) in its restarted run and b done (exit 1 at 10s):
// the kubelet kills a only (Killing a, exit 143 at 15s), b keeps exit 1; pod Failed DeadlineExceeded.
export default {
  id: 'crr2/pod-deadline-one-done-one-running',
  source: 'pkg/kubelet/active_deadline.go; kuberuntime killContainersWithSyncResult (running containers only)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pd}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      activeDeadlineSeconds: 15
      restartPolicy: Never
      containers:
      - {name: a, image: busybox:1.36, restartPolicy: OnFailure}
      - {name: b, image: busybox:1.36}
`,
  check(r, h) {
    const p = h.podsOf('pd')[0];
    const [a, b] = ['a', 'b'].map((n) => p.status.containerStatuses.find((c) => c.name === n));
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod');
    h.eq([a.state.terminated?.exitCode, h.sec(a.state.terminated?.finishedAt), b.state.terminated?.exitCode, h.sec(b.state.terminated?.finishedAt)], [143, 15, 1, 10], 'containers');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[15, 'Stopping container a']], 'Killing');
    h.eq(h.sec(h.hasCond(h.job('pd'), 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 16, 'Job Failed at');
  },
};
