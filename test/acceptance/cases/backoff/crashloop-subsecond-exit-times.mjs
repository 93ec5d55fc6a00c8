// The kubelet measures its crash-loop wait from the runtime's exit time, which is not cut to the second as the API's
// finishedAt is. 10.3s runs exiting 1: exits at 10.3 (restart at once), 20.6 (+10s: 30.6), 40.9 (+20s: 60.9),
// 71.2 (+40s: 111.2). Started events at 0, 10, 30, 60 and 111s; counting from the stored seconds (71s) would
// give 110s. Cut at 115s: running since "...:51Z" (111.2s), restartCount 4, lastState the 60.9-71.2s run.
export default {
  id: 'backoff/crashloop-subsecond-exit-times',
  source: 'kuberuntime_manager.go doBackOff (ts := cStatus.FinishedAt of the exited container, from the runtime; backOff.IsInBackOffSince(key, ts)); client-go flowcontrol backoff.go IsInBackOffSince (Clock.Since(eventTime) < entry.backoff)',
  args: ['--duration', '115s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pr}
spec:
  backoffLimit: 100
  template:
    metadata: {annotations: {jobsim/duration: "10300ms", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('pr')[0];
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60, 111], 'Started');
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name, reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20, 40, 71], 'BackOff');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, h.sec(cs.state.running?.startedAt)], [4, 111], '[restartCount, running since]');
    h.eq([h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt), cs.lastState.terminated.exitCode], [60, 71, 1], 'lastState');
  },
};
