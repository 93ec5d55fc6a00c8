// hasExpired uses a strict `>`: a container that ran exactly 600s since the last restart decision keeps its
// back-off entry at its exit. 600s runs exiting 1: the first restart is immediate (600s, entry 10s), the second
// exit (1200s) waits 10s; but the kubelet's housekeeping GC (every 2s) drops the entry, not updated for more than
// 600s, during that wait, so the restart at 1210s starts a fresh 10s entry and the third exit (1810s) waits 10s
// again: cut at 1815s the container waits with "back-off 10s", restartCount 2, lastState the 1210-1810 run.
export default {
  id: 'onfailure/crashloop-600s-no-reset',
  source: 'client-go util/flowcontrol/backoff.go hasExpired (> 2*maxDuration, not >=), Next (doubling), Get, GC (kubelet_pods.go HandlePodCleanups); kuberuntime_manager.go doBackOff ("back-off %s restarting failed container=%s pod=%s")',
  args: ['--duration', '1815s'],
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
    h.eq(cs.state.waiting?.message, `back-off 10s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})`, 'waiting message');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [1210, 1810], 'lastState');
  },
};
