// kubectl delete job (timeline, background propagation) at 25s while the only container (OnFailure, exit 1
// always) waits in back-off (ran 0-10, 10-20; restart due 30s). The pod is deleted: it is not restarted, no
// Killing (nothing runs), its status shows the newest dead instance (exit 1, 10-20) with the one before as
// lastState (0-10); phase Failed; no Started after 10s.
export default {
  id: 'crr2/delete-job-during-backoff',
  source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted (DeletionTimestamp -> false); kubelet_pods.go convertToAPIContainerStatuses (newest and second-newest dead instances), getPhase (podIsTerminal)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 60s
  timeline:
  - {at: 25s, delete: {kind: Job, name: dj}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dj}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.get('Pod', h.of('Pod')[0].metadata.name);
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount], ['Failed', 1], '[phase, restartCount]');
    h.eq([cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.startedAt), h.sec(cs.state.terminated?.finishedAt)], [1, 10, 20], 'state');
    h.eq([cs.lastState.terminated?.exitCode, h.sec(cs.lastState.terminated?.startedAt), h.sec(cs.lastState.terminated?.finishedAt)], [1, 0, 10], 'lastState');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).length, 0, 'no Killing');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10], 'Started');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20], 'BackOff');
  },
};
