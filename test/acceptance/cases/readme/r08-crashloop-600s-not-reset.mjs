// Boundary of the reset: a container that ran exactly 600s (not more than 2 x 300s) keeps its entry at its
// exit (upstream hasExpired uses ">"), so it waits; but the kubelet's housekeeping GC drops the entry, last
// updated 600s before the exit, during that wait, and the restart starts a fresh 10s entry: every wait is 10s.
export default {
  id: 'readme/crashloop-600s-not-reset',
  source: 'README What is simulated (crash-loop backoff 0, 10s, 20s ... 300s, reset after 10 minutes of running); client-go util/flowcontrol backoff.go hasExpired (eventTime.Sub(lastUpdate) > maxDuration*2), GC from kubelet_pods.go HandlePodCleanups',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: cl }
spec: { duration: 2h }
---
apiVersion: batch/v1
kind: Job
metadata: { name: crash }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "600s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('crash')[0];
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 600, 1210, 1820, 2430, 3040, 3650, 4260, 4870, 5480, 6090, 6700], 'starts');
    h.eq(h.events({ reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [1200, 1810, 2420, 3030, 3640, 4250, 4860, 5470, 6080, 6690], 'BackOff at the exits that wait');
  },
};
