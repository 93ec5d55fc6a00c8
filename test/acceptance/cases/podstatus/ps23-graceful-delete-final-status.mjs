// Suspending a Job deletes its running pod (grace 30s): the container exits on SIGTERM (143, Error) at 7s, the
// pod is Failed with Ready/ContainersReady False PodFailed and PodReadyToStartContainers False at 7s, Initialized
// True without reason (PodCompleted is for Succeeded only); PodScheduled keeps 0s.
export default {
  id: 'podstatus/graceful-delete-final-status',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (podIsTerminal: not all succeeded -> Failed); pkg/kubelet/status/generate.go generateContainersReadyConditionForTerminalPhase (PodFailed), GeneratePodInitializedCondition, GeneratePodReadyToStartContainersCondition (sandbox gone -> False)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 1m
  timeline:
  - { at: 7s, patch: { kind: Job, name: s, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: s }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('s')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq([p.status.reason, p.status.message], [undefined, undefined], 'no pod-level reason/message');
    const f = (t) => { const c = h.anyCond(p, t); return [c.type, c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map(f), [
      ['PodReadyToStartContainers', 'False', null, 7], ['Initialized', 'True', null, 0], ['Ready', 'False', 'PodFailed', 7], ['ContainersReady', 'False', 'PodFailed', 7], ['PodScheduled', 'True', null, 0],
    ], 'conditions');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.ready, cs.started, cs.restartCount, cs.state.terminated.exitCode, cs.state.terminated.reason, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [false, false, 0, 143, 'Error', 0, 7], 'container status');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [37, 30], '[deletionTimestamp, grace]');
  },
};
