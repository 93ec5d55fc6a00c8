// Boundary of the reset: a container that ran exactly 600s (not more than 2 x 300s) keeps its entry:
// delays 0, 10, 20, 40, 80, 160, 300, 300 ... from each exit (upstream hasExpired uses ">").
export default {
  id: 'readme/crashloop-600s-not-reset',
  source: 'README What is simulated (crash-loop backoff 0, 10s, 20s ... 300s, reset after 10 minutes of running); client-go util/flowcontrol backoff.go hasExpired (eventTime.Sub(lastUpdate) > maxDuration*2)',
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
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 600, 1210, 1830, 2470, 3150, 3910, 4810, 5710, 6610], 'starts');
    h.eq(h.events({ reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [1200, 1810, 2430, 3070, 3750, 4510, 5410, 6310], 'BackOff at the exits that wait');
  },
};
