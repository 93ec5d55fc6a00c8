// Suspending the Job at 7s deletes its running pod (init container setup done at 0s): the kubelet stops c
// (SIGTERM -> 143 Error at 7s; one Killing, for c only: a completed init container is not running), the pod is
// Failed. TerminatePod leaves setup's terminated Completed state alone (only non-terminated statuses are
// defaulted); Initialized stays True without reason from 0s; Ready/ContainersReady False/PodFailed at 7s.
export default {
  id: 'kubestatus/deleted-running-with-init',
  source: 'pkg/kubelet/status/status_manager.go TerminatePod (terminated statuses kept); kubelet_pods.go getPhase (podIsTerminal, a non-zero exit -> Failed); kuberuntime killContainersWithSyncResult (running containers only); status/generate.go GeneratePodInitializedCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 1m
  timeline:
  - { at: 7s, patch: { kind: Job, name: j, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.fieldPath, e.message]), [[7, 'spec.containers{c}', 'Stopping container c']], 'Killing');
    const i = p.status.initContainerStatuses[0];
    h.eq([i.ready, i.restartCount, i.state.terminated?.exitCode, i.state.terminated?.reason, h.sec(i.state.terminated?.finishedAt)], [true, 0, 0, 'Completed', 0], 'setup keeps its run');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [143, 'Error', 0, 7], 'c');
    const f = (x) => { const c = h.anyCond(p, x); return [c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq([f('Initialized'), f('Ready'), f('ContainersReady'), f('PodReadyToStartContainers')], [['True', null, 0], ['False', 'PodFailed', 7], ['False', 'PodFailed', 7], ['False', null, 7]], 'conditions');
  },
};
