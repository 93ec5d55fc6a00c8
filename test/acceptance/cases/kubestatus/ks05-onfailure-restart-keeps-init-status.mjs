// restartPolicy OnFailure with an init container: the app container exits 1 at 10s and is restarted in place
// (same sandbox), the init container is not run again: one Started for setup, two for c. At the end (exit 0 at
// 20s) the pod is Succeeded; setup keeps its single Completed run (restartCount 0), c has restartCount 1 and
// lastState the failed first run; Initialized True/PodCompleted keeps its 0s time.
export default {
  id: 'kubestatus/onfailure-restart-keeps-init-status',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (init containers only rerun with a new sandbox); kubelet_pods.go convertToAPIContainerStatuses (second-newest instance -> LastTerminationState); status/generate.go GeneratePodInitializedCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "1,0" } }
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.podsOf('j').length, 1, 'one pod');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const started = (c) => h.events({ reason: 'Started', name: p.metadata.name }).filter((e) => e.message === `Started container ${c}`).map((e) => h.sec(e.firstTimestamp));
    h.eq([started('setup'), started('c')], [[0], [0, 10]], 'starts');
    const i = p.status.initContainerStatuses[0];
    h.eq([i.restartCount, i.ready, i.state.terminated?.reason, h.sec(i.state.terminated?.startedAt), h.sec(i.state.terminated?.finishedAt), i.lastState], [0, true, 'Completed', 0, 0, {}], 'setup status');
    const c = p.status.containerStatuses[0];
    h.eq([c.restartCount, c.state.terminated?.exitCode, c.state.terminated?.reason, h.sec(c.state.terminated?.startedAt), h.sec(c.state.terminated?.finishedAt)], [1, 0, 'Completed', 10, 20], 'c state');
    h.eq([c.lastState.terminated?.exitCode, c.lastState.terminated?.reason, h.sec(c.lastState.terminated?.startedAt), h.sec(c.lastState.terminated?.finishedAt)], [1, 'Error', 0, 10], 'c lastState');
    const ini = h.anyCond(p, 'Initialized');
    h.eq([ini.status, ini.reason, h.sec(ini.lastTransitionTime)], ['True', 'PodCompleted', 0], 'Initialized');
    const prs = h.anyCond(p, 'PodReadyToStartContainers');
    h.eq([prs.status, h.sec(prs.lastTransitionTime)], ['False', 20], 'sandbox kept through the restart, stopped at the end');
  },
};
