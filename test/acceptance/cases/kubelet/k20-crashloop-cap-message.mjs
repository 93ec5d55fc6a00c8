// The crash-loop delay doubles to its 5-minute cap: 1s runs exiting 1 restart at once, then after 10s,
// 20s, 40s, 80s, 160s and 300s (exits at 1, 2, 13, 34, 75, 156, 317); at 400s the waiting message says
// "back-off 5m0s", restartCount 6, the last run 316-317.
export default {
  id: 'kubelet/crashloop-cap-message',
  source: 'pkg/kubelet/kubelet.go (backOffPeriod 10s, MaxContainerBackOff 300s); client-go util/flowcontrol backoff.go Next (double, cap); kuberuntime_manager.go doBackOff message with backOff.Get(key) (Go duration "5m0s")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 400s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: cl }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "1s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('cl')[0];
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 1, 12, 33, 74, 155, 316], 'starts');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 6, 'restartCount');
    h.eq(cs.state.waiting?.message, `back-off 5m0s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})`, 'waiting message');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [316, 317], 'last run');
  },
};
