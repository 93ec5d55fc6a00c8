// OnFailure, exit codes 1,1,0 (10s each): runs 0-10 (1), 10-20 (1), back-off 10s, 30-40 (0). The pod is
// Succeeded; the container terminated Completed 30-40, lastState the failed 10-20 run, restartCount 2;
// one BackOff event (at 20s); Ready/ContainersReady False PodCompleted.
export default {
  id: 'kubelet/onfailure-success-after-failures',
  source: 'kubelet_pods.go getPhase (all stopped and succeeded -> Succeeded), convertToAPIContainerStatuses (LastTerminationState = previous container); kuberuntime_manager.go doBackOff; status/generate.go (PodCompleted)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: ok }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,0" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('ok')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 2, 'restartCount');
    const s = cs.state.terminated, l = cs.lastState.terminated;
    h.eq([s.exitCode, s.reason, h.sec(s.startedAt), h.sec(s.finishedAt)], [0, 'Completed', 30, 40], 'state');
    h.eq([l.exitCode, l.reason, h.sec(l.startedAt), h.sec(l.finishedAt)], [1, 'Error', 10, 20], 'lastState');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [20], 'BackOff');
    h.eq([h.anyCond(p, 'Ready').reason, h.anyCond(p, 'ContainersReady').reason], ['PodCompleted', 'PodCompleted'], 'reasons');
    h.eq(h.sec(h.job('ok').status.completionTime), 41, 'Job completion (1s batching)');
  },
};
