// Pod Never; svc (own restartPolicy Always) and task (own OnFailure), exits 1 then 0 (10s runs, shared attempts).
// At 10s both failed and both restart at once (attempt 2). At 20s both exit 0: task is done for good (OnFailure),
// svc must restart and, having restarted once already, waits 10s. Cut at 25s: task terminated Completed (10-20),
// lastState the failed 0-10 run, restartCount 1; svc waits CrashLoopBackOff with lastState Completed 10-20; the pod
// is Running; Ready False since 20s listing both.
export default {
  id: 'kubeletrt/always-and-onfailure-diverge-on-success',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (Always vs OnFailure on exit 0); pkg/kubelet/kubelet_pods.go getPhase (stopped != stoppedNotRestartable -> Running), convertToAPIContainerStatuses (second dead instance -> LastTerminationState); kuberuntime_manager.go doBackOff (per-container key)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: div }
spec: { duration: 25s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pr }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,0" } }
    spec:
      restartPolicy: Never
      containers:
      - { name: svc, image: busybox:1.36, restartPolicy: Always }
      - { name: task, image: busybox:1.36, restartPolicy: OnFailure }
`,
  check(r, h) {
    const p = h.podsOf('pr')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const [svc, task] = p.status.containerStatuses;
    const tt = task.state.terminated, tl = task.lastState.terminated;
    h.eq([task.name, tt.exitCode, tt.reason, h.sec(tt.startedAt), h.sec(tt.finishedAt), tl.exitCode, h.sec(tl.finishedAt), task.restartCount], ['task', 0, 'Completed', 10, 20, 1, 10, 1], 'task');
    h.eq([svc.name, svc.state.waiting?.reason, svc.state.waiting?.message, svc.lastState.terminated.exitCode, h.sec(svc.lastState.terminated.finishedAt), svc.restartCount],
      ['svc', 'CrashLoopBackOff', `back-off 10s restarting failed container=svc pod=${p.metadata.name}_default(${p.metadata.uid})`, 0, 20, 1], 'svc');
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.message, h.sec(c.lastTransitionTime)], ['False', 'containers with unready status: [svc task]', 20], 'Ready');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.fieldPath]), [[20, 'spec.containers{svc}']], 'BackOff only for svc');
  },
};
