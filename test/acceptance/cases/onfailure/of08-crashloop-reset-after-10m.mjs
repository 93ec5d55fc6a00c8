// The kubelet's crash-loop back-off entry is reset when the container ran more than 2 x 5 min since the last
// restart decision: a container that runs 601s and exits 1 is restarted at once every time (starts 0, 601, 1202,
// 1803, 2404s), with no BackOff event and no CrashLoopBackOff waiting state.
export default {
  id: 'onfailure/crashloop-reset-after-10m',
  source: 'client-go util/flowcontrol/backoff.go hasExpired (eventTime - lastUpdate > 2*maxDuration), IsInBackOffSince, Next (expired -> initial entry); kuberuntime_manager.go doBackOff (eventTime = the exited container FinishedAt); kubelet.go MaxContainerBackOff 300s',
  args: ['--duration', '45m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: lr}
spec:
  backoffLimit: 100
  template:
    metadata: {annotations: {jobsim/duration: "601s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('lr')[0];
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 601, 1202, 1803, 2404], 'starts');
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'no BackOff');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, h.sec(cs.state.running?.startedAt)], [4, 2404], 'running');
  },
};
