// Kubelet restart delays 0, 10, 20, 40, 80, 160, 300, 300 s (10s runs exiting 1): starts 0, 10, 30, 60, 110, 200,
// 370, 680, 990. At 995s the container runs again (startedAt 990), restartCount 8, lastState the 680-690 run.
export default {
  id: 'backoff/crashloop-long-sequence',
  source: 'client-go util/flowcontrol/backoff.go Next (min(2*backoff, max)); kubelet backOffPeriod 10s, MaxContainerBackOff 300s; kuberuntime_manager.go doBackOff (IsInBackOffSince from finishedAt)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: v }
spec: { duration: 995s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: v }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "1" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const p = h.podsOf('v')[0];
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60, 110, 200, 370, 680, 990], 'starts');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 8, 'restartCount');
    h.eq(h.sec(cs.state.running?.startedAt), 990, 'running since');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [680, 690], 'lastState run');
    h.eq(h.job('v').status.ready, 1, 'job ready while running');
  },
};
