// OnFailure, every 10s run exits 1, with an init container; cut at 25s: runs 0-10 and 10-20, then waiting
// CrashLoopBackOff (10s). The pod stays Running and Initialized True without a reason (a regular container has
// started: the init container is not "incomplete" again); the sandbox is kept (PodReadyToStartContainers True
// since 0s); Ready/ContainersReady False ContainersNotReady "containers with unready status: [c]" since 20s;
// the init container keeps its Completed run; c has restartCount 1 and lastState the 10-20 run.
export default {
  id: 'kubestatus/crashloop-with-init-initialized',
  source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition (HasAnyRegularContainerStarted), GenerateContainersReadyCondition; kubelet_pods.go convertToAPIContainerStatuses (reasonCache CrashLoopBackOff -> Waiting, State -> LastTerminationState), getPhase (OnFailure, waiting with lastTermination counts stopped -> Running)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 25s
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 6
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Initialized'), ['True', null, null, 0], 'Initialized');
    h.eq(f('PodReadyToStartContainers'), ['True', null, null, 0], 'PodReadyToStartContainers');
    h.eq(f('Ready'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 20], 'Ready');
    h.eq(f('ContainersReady'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 20], 'ContainersReady');
    const i = p.status.initContainerStatuses[0];
    h.eq([i.ready, i.restartCount, i.state.terminated?.reason], [true, 0, 'Completed'], 'setup');
    const c = p.status.containerStatuses[0];
    h.eq([c.ready, c.started, c.restartCount, c.state.waiting?.reason, c.state.waiting?.message],
      [false, false, 1, 'CrashLoopBackOff', `back-off 10s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})`], 'c waiting');
    h.eq([c.lastState.terminated?.exitCode, h.sec(c.lastState.terminated?.startedAt), h.sec(c.lastState.terminated?.finishedAt)], [1, 10, 20], 'c lastState');
  },
};
