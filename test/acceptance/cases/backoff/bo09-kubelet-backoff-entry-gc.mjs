// The kubelet's crash-loop entry is garbage-collected by housekeeping (every 2s, HandlePodCleanups ->
// crashLoopBackOff.GC()) once now - lastUpdate > 600s, not only at the next exit (hasExpired on finishedAt).
// 590s runs exiting 1: exit 590 -> restart at once (entry 10s, lastUpdate 590); exit 1180 -> wait 10s ->
// 1190 (entry 20s, lastUpdate 1190); exit 1780 -> in back-off (20s) but the entry (lastUpdate 1190) is GC'd
// after 1790, so the restart (<= 1800) starts a fresh entry of 10s: after the exit ~590s later the wait is
// 10s again, not 40s.
export default {
  id: 'backoff/kubelet-backoff-entry-gc',
  source: 'pkg/kubelet/kubelet_pods.go HandlePodCleanups (kl.crashLoopBackOff.GC / kl.backOff.GC); client-go util/flowcontrol/backoff.go GC (now - lastUpdate > 2*maxDuration), IsInBackOffSince/Next (no entry -> initial 10s); kubelet.go housekeepingPeriod 2s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: k }
spec: { duration: 2500s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: k }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "590s", jobsim/exit-codes: "1" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const p = h.podsOf('k')[0];
    const starts = h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(starts.slice(0, 3), [0, 590, 1190], 'first three starts');
    h.assert(starts[3] >= 1790 && starts[3] <= 1800, `fourth start at ${starts[3]}s, expected within [1790, 1800] (entry GC'd)`);
    h.eq(starts[4] - (starts[3] + 590), 10, 'wait after the exit that follows the GC (fresh entry: 10s)');
  },
};
