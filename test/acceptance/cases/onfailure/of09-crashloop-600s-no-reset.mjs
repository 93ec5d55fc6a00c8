// hasExpired uses a strict `>`: a container that ran exactly 600s since the last restart decision keeps its
// back-off entry. 600s runs exiting 1: the first restart is immediate (600s, entry 10s), the second exit (1200s)
// waits 10s (restart 1210s, entry 20s), the third (1810s) waits 20s: cut at 1820s the container waits with
// "back-off 20s", restartCount 2, lastState the 1210-1810 run.
export default {
  id: 'onfailure/crashloop-600s-no-reset',
  source: 'client-go util/flowcontrol/backoff.go hasExpired (> 2*maxDuration, not >=), Next (doubling), Get; kuberuntime_manager.go doBackOff ("back-off %s restarting failed container=%s pod=%s")',
  args: ['--duration', '1820s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ex}
spec:
  backoffLimit: 100
  template:
    metadata: {annotations: {jobsim/duration: "600s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('ex')[0];
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 600, 1210], 'starts');
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name, reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [1200, 1810], 'BackOff events');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 2, 'restartCount');
    h.eq(cs.state.waiting?.message, `back-off 20s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})`, 'waiting message');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [1210, 1810], 'lastState');
  },
};
