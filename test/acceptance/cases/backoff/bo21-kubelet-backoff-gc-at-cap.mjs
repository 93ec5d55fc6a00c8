// Housekeeping GC of the crash-loop entry (now - lastUpdate > 600s) also cuts the 5-minute waits of long runs.
// 400s runs exiting 1: starts 0, 400, 810, 1230, 1670, 2150, 2710 (waits 0, 10, 20, 40, 80, 160); the exit at 3110
// waits in a 300s back-off, but the entry (lastUpdate 2710) is GC'd after 3310, so the restart (<= 3410) opens a
// fresh 10s entry and the following exit waits 10s, not 300s.
export default {
  id: 'backoff/kubelet-backoff-gc-at-cap',
  source: 'pkg/kubelet/kubelet_pods.go HandlePodCleanups (crash-loop Backoff.GC every housekeeping period, 2s); client-go util/flowcontrol/backoff.go GC, IsInBackOffSince, Next',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: g2 }
spec: { duration: 4200s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: g2 }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "400s", jobsim/exit-codes: "1" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const p = h.podsOf('g2')[0];
    const starts = h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(starts.slice(0, 7), [0, 400, 810, 1230, 1670, 2150, 2710], 'first seven starts');
    h.assert(starts[7] >= 3310 && starts[7] <= 3410, `eighth start at ${starts[7]}s, expected within [3310, 3410]`);
    h.eq(starts[8] - (starts[7] + 400), 10, 'wait after the next exit (fresh entry: 10s)');
  },
};
