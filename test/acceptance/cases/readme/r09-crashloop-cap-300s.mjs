// Crash-loop backoff doubles from 10s and caps at 300s: with 1s runs, starts at 0, 1, 12, 33, 74, 155,
// 316, 617, 918; while waiting the container is CrashLoopBackOff "back-off 5m0s restarting failed container=c
// pod=NAME_NS(UID)".
export default {
  id: 'readme/crashloop-cap-300s',
  source: 'README What is simulated (crash-loop backoff 0, 10s, 20s ... 300s); kubelet MaxContainerBackOff 300s, initial 10s; kuberuntime_manager.go doBackOff message',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: cl }
spec: { duration: 20m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: crash }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "1s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('crash')[0];
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 1, 12, 33, 74, 155, 316, 617, 918], 'starts');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.state.waiting?.reason, 'CrashLoopBackOff', 'waiting reason at the end');
    h.eq(cs.state.waiting?.message, `back-off 5m0s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})`, 'waiting message');
    h.eq(cs.restartCount, 8, 'restartCount');
  },
};
