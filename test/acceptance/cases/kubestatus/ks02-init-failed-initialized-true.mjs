// The same pod whose app containers exit 3: Failed. Initialized stays True without a reason (the PodCompleted
// shortcut is for Succeeded only; a regular container has started), lastTransitionTime 5s; Ready and
// ContainersReady False/PodFailed at 25s; the init containers keep terminated 0/Completed, ready true.
export default {
  id: 'kubestatus/init-failed-initialized-true',
  source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition (HasAnyRegularContainerStarted -> True, no reason), generateContainersReadyConditionForTerminalPhase (PodFailed); kubelet_pods.go getPhase (Never, a failure -> Failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  latencies: { imagePull: 5s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "3" } }
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Initialized'), ['True', null, null, 5], 'Initialized');
    h.eq(f('Ready'), ['False', 'PodFailed', null, 25], 'Ready');
    h.eq(f('ContainersReady'), ['False', 'PodFailed', null, 25], 'ContainersReady');
    const i = p.status.initContainerStatuses[0];
    h.eq([i.name, i.ready, i.state.terminated?.exitCode, i.state.terminated?.reason], ['setup', true, 0, 'Completed'], 'init status');
    const m = p.status.containerStatuses[0].state.terminated;
    h.eq([m.exitCode, m.reason, h.sec(m.startedAt), h.sec(m.finishedAt)], [3, 'Error', 5, 25], 'main terminated');
  },
};
