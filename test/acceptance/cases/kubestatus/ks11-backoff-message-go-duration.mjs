// 1s runs exiting 1 under OnFailure: exits at 1 and 2 (first restart immediate), then waits of 10s, 20s, 40s:
// runs 12-13, 33-34, 74-75, and after the exit at 75s the wait is 80s. At 100s the waiting message prints it as Go
// formats a time.Duration, "back-off 1m20s ..."; restartCount 4 (the newest dead instance is the fifth run),
// lastState the 74-75 run; Ready False since 75s.
export default {
  id: 'kubestatus/backoff-message-go-duration',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff (fmt.Sprintf("back-off %s restarting failed container=%s pod=%s", backOff.Get(key), ...): time.Duration String); flowcontrol.Backoff (10s doubling)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 100s
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 10
  template:
    metadata: { annotations: { jobsim/duration: "1s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const c = p.status.containerStatuses[0];
    h.eq([c.restartCount, c.state.waiting?.reason, c.state.waiting?.message], [4, 'CrashLoopBackOff', `back-off 1m20s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})`], 'waiting');
    h.eq([c.lastState.terminated?.exitCode, h.sec(c.lastState.terminated?.startedAt), h.sec(c.lastState.terminated?.finishedAt)], [1, 74, 75], 'lastState');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 1, 12, 33, 74], 'starts');
    const ready = h.anyCond(p, 'Ready');
    h.eq([ready.status, h.sec(ready.lastTransitionTime)], ['False', 75], 'Ready');
  },
};
