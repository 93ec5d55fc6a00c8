// PodLifecycleSleepAction (GA 1.34): on deletion the kubelet runs the preStop hook first; a sleep hook of 20s
// holds the container for 20s before SIGTERM. The Job (DeadlineExceeded) waits for its terminating pod before Failed.
export default {
  id: 'gates135/sl01-prestop-sleep-delays-kill',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer -> executePreStopHook (runSleepHandler) before StopContainer; kube_features.go PodLifecycleSleepAction {1.34 GA}; reference job-controller terminal conditions wait for terminating pods',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ps}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers:
      - name: c
        image: busybox
        lifecycle:
          preStop:
            sleep: {seconds: 20}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('ps')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name });
    h.eq(k.map((e) => h.sec(e.firstTimestamp)), [30], 'Killing event time');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq(h.sec(t.finishedAt), 50, 'container finishedAt (30s + 20s preStop sleep)');
    const j = h.job('ps');
    h.hasCond(j, 'FailureTarget', 'DeadlineExceeded');
    h.near(h.sec(h.cond(j, 'Failed').lastTransitionTime), 50, 1, 'Failed condition after the pod terminated');
  },
};
