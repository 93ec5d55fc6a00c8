// A container exiting 3 under restartPolicy Never: terminated {exitCode 3, reason Error, startedAt, finishedAt}
// and no message (nothing in /dev/termination-log); the pod is Failed without a pod-level reason or message.
export default {
  id: 'podstatus/failed-exit-code-shape',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go getTerminationMessage / toKubeContainerStatus (reason Error for non-zero exit), kubelet_pods.go convertContainerStatus; getPhase (Never + failure -> Failed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: e }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "12s", jobsim/exit-codes: "3" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('e')[0];
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', undefined, undefined], '[phase, reason, message]');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq(Object.keys(t).sort(), ['exitCode', 'finishedAt', 'reason', 'startedAt'], 'terminated keys');
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [3, 'Error', 0, 12], 'terminated');
  },
};
