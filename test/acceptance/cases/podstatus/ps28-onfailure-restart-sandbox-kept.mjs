// restartPolicy OnFailure: a container exiting 1 is restarted in the same sandbox, so PodReadyToStartContainers
// stays True from 0s; after the restart (10s exit, 0s back-off) Ready is True again, restartCount 1, lastState the
// first run, and the phase never left Running.
export default {
  id: 'podstatus/onfailure-restart-sandbox-kept',
  source: 'pkg/kubelet/status/generate.go GeneratePodReadyToStartContainersCondition (sandbox ready -> True); kuberuntime computePodActions (no new sandbox for a container restart); kubelet_pods.go getPhase (OnFailure, restarting -> Running)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 15s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: of }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "1,0" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('of')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, h.sec(c.lastTransitionTime)]; };
    h.eq(f('PodReadyToStartContainers'), ['True', 0], 'PodReadyToStartContainers');
    h.eq(f('Ready'), ['True', 10], 'Ready');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, h.sec(cs.state.running.startedAt), cs.lastState.terminated.exitCode, cs.lastState.terminated.reason, h.sec(cs.lastState.terminated.finishedAt)], [1, 10, 1, 'Error', 10], 'container status');
  },
};
