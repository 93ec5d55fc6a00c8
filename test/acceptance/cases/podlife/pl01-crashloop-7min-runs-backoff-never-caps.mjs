// Pod Lifecycle "Container restarts": back-off 10s, 20s, 40s ... capped at 300s, reset after 10 minutes. A container
// that crashes every 400s never sits at the cap for long: the kubelet's back-off entry records the time of the last
// restart decision (Next sets lastUpdate = now), and housekeeping drops an entry older than 2 x 300s. Starts at
// 0, 400 (first restart immediate), 810, 1230, 1670, 2150, 2710 (waits 10..160s), then the 300s wait after the
// 3110s crash outlives the entry (last updated at the 2710s restart), so the 3410s restart starts over at 10s:
// 3820, 4240, 4680.
export default {
  id: 'podlife/pl01-crashloop-7min-runs-backoff-never-caps',
  source: 'website content/en/docs/concepts/workloads/pods/pod-lifecycle.md "Container restarts" (10s, 20s, 40s ... capped at 300 seconds; reset after 10 minutes); client-go util/flowcontrol/backoff.go NextWithInitDuration (entry.lastUpdate = p.Clock.Now()), hasExpired (> 2*maxDuration), GC; kuberuntime_manager.go doBackOff (IsInBackOffSince(key, FinishedAt), Next)',
  args: ['--duration', '5100s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: seven}
spec:
  backoffLimit: 100
  template:
    metadata: {annotations: {jobsim/duration: "400s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('seven')[0];
    const at = (reason) => h.events({ kind: 'Pod', name: p.metadata.name, reason }).map((e) => h.sec(e.firstTimestamp));
    h.eq(at('Started'), [0, 400, 810, 1230, 1670, 2150, 2710, 3410, 3820, 4240, 4680], 'starts');
    h.eq(at('BackOff'), [800, 1210, 1630, 2070, 2550, 3110, 3810, 4220, 4640, 5080], 'BackOff events (no wait after the first crash)');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 10, 'restartCount');
    h.eq(cs.state.waiting?.message, `back-off 1m20s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})`, 'waiting at the end: 80s, not 5m0s');
    h.eq(p.status.phase, 'Running', 'phase');
  },
};
