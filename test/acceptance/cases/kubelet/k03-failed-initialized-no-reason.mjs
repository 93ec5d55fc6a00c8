// A Failed pod (restartPolicy Never, exit 2): Initialized stays True without a reason (the PodCompleted
// shortcut is only for Succeeded; a started regular container means initialized); Ready and
// ContainersReady False/PodFailed without a message, lastTransitionTime the exit.
export default {
  id: 'kubelet/failed-initialized-no-reason',
  source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition (HasAnyRegularContainerStarted -> True), generateContainersReadyConditionForTerminalPhase / GeneratePodReadyCondition (PodFailed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "15s", jobsim/exit-codes: "2" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Initialized'), ['True', null, null, 0], 'Initialized');
    h.eq(f('Ready'), ['False', 'PodFailed', null, 15], 'Ready');
    h.eq(f('ContainersReady'), ['False', 'PodFailed', null, 15], 'ContainersReady');
    h.eq(f('PodReadyToStartContainers'), ['False', null, null, 15], 'PodReadyToStartContainers (sandbox gone)');
  },
};
