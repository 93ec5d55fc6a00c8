// The CrashLoopBackOff waiting message carries backOff.Get(key) as a Go duration: during the 80s wait it is
// "back-off 1m20s ...". 10s runs exiting 1: starts 0, 10, 30, 60, 110 (waits 0, 10, 20, 40); exit 120 waits 80s.
export default {
  id: 'backoff/crashloop-waiting-message-80s',
  source: 'kuberuntime_manager.go doBackOff: fmt.Errorf("back-off %s restarting failed container=%s pod=%s", backOff.Get(key), ...); format.Pod "name_ns(uid)"; Go time.Duration.String',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: m }
spec: { duration: 150s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: m }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "1" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: app, image: busybox }]
`,
  check(r, h) {
    const p = h.podsOf('m')[0];
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60, 110], 'starts');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.state.waiting?.reason, 'CrashLoopBackOff', 'waiting reason');
    h.eq(cs.state.waiting?.message, `back-off 1m20s restarting failed container=app pod=${p.metadata.name}_default(${p.metadata.uid})`, 'waiting message');
    h.eq(cs.restartCount, 4, 'restartCount');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt), cs.lastState.terminated.exitCode, cs.lastState.terminated.reason], [110, 120, 1, 'Error'], 'lastState');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [20, 40, 70, 120], 'BackOff events (one per wait, at each exit that must wait)');
    h.eq(p.status.phase, 'Running', 'phase');
  },
};
