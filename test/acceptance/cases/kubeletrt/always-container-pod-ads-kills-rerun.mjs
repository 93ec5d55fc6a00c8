// A container with its own restartPolicy Always in a Never pod never lets the pod finish on its own: it exits 0 at
// 10s and is restarted at once. The pod's activeDeadlineSeconds (15) ends it: Killing at 15s, the second run ends
// 143 (10-15), lastState the first run (Completed 0-10), restartCount 1; phase Failed DeadlineExceeded. The Job
// counts a failed pod (backoffLimit 0): BackoffLimitExceeded at 16s.
export default {
  id: 'kubeletrt/always-container-pod-ads-kills-rerun',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (container Always restarts after exit 0); pkg/kubelet/active_deadline.go ShouldEvict; kuberuntime_container.go killContainer (Killing, SIGTERM -> 143); pkg/kubelet/kubelet_pods.go getPhase/generateAPIPodStatus; job_controller.go (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: al }
spec:
  backoffLimit: 0
  template:
    spec:
      activeDeadlineSeconds: 15
      restartPolicy: Never
      containers:
      - { name: c, image: busybox:1.36, restartPolicy: Always }
`,
  check(r, h) {
    const p = h.podsOf('al')[0];
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod');
    const cs = p.status.containerStatuses[0];
    const t = cs.state.terminated, l = cs.lastState.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [143, 'Error', 10, 15], 'state');
    h.eq([l.exitCode, l.reason, h.sec(l.startedAt), h.sec(l.finishedAt), cs.restartCount], [0, 'Completed', 0, 10, 1], 'lastState/restartCount');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [15], 'Killing');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).length, 0, 'no BackOff (first restart)');
    const j = h.job('al');
    h.eq([j.status.failed, h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime)], [1, 16], 'Job');
  },
};
