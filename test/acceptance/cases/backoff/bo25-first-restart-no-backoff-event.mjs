// The first exit of a container has no back-off entry yet: it restarts at once, with no BackOff event. Exit codes
// 1,0 under OnFailure: runs 0-10 (1) and 10-20 (0); the pod Succeeds with restartCount 1; Job Complete at 21s.
export default {
  id: 'backoff/first-restart-no-backoff-event',
  source: 'kuberuntime_manager.go doBackOff (IsInBackOffSince false without an entry, then backOff.Next creates it); client-go flowcontrol backoff.go',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: once }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('once')[0];
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'BackOff events');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 10], 'starts');
    h.eq([p.status.phase, p.status.containerStatuses[0].restartCount], ['Succeeded', 1], '[phase, restartCount]');
    h.eq(h.sec(h.hasCond(h.job('once'), 'Complete').lastTransitionTime), 21, 'Complete at 21s');
  },
};
