// README What is simulated: OnFailure restarts "with the crash-loop backoff 0, 10s, 20s ... 300s, reset
// after 10 minutes of running". Upstream doBackOff calls backOff.Next(key, FinishedAt); flowcontrol
// Backoff.Next resets the entry when eventTime - lastUpdate > 2*maxDuration (600s), lastUpdate being the
// clock at the previous restart. A container that runs 601s is restarted at once every time (no BackOff).
export default {
  id: 'readme/crashloop-reset-after-10m-running',
  source: 'README What is simulated (kubelets: crash-loop backoff reset after 10 minutes of running); kuberuntime_manager.go doBackOff; client-go util/flowcontrol backoff.go Next/hasExpired (2 x 300s)',
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
    metadata: { annotations: { jobsim/duration: "601s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('crash')[0];
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 601, 1202, 1803, 2404, 3005, 3606, 4207, 4808, 5409, 6010, 6611], 'restarts at once');
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'no BackOff event');
    h.eq(p.status.containerStatuses[0].restartCount, 11, 'restartCount');
  },
};
