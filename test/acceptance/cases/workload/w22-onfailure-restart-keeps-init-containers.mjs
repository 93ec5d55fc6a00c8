// A container restart under restartPolicy OnFailure does not run the init containers again: the kubelet's
// computePodActions only restarts the failed app container while the sandbox is unchanged, so the second
// run has Pulled/Created/Started events for "main" only, and initContainerStatuses keep the first (and
// only) run of "setup" (startedAt/finishedAt +0s, restartCount 0).
export default {
  id: 'workload/onfailure-restart-keeps-init-containers',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (init containers are only re-run when the sandbox is re-created; otherwise only app containers that must restart are in ContainersToStart)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,0"}}
    spec:
      initContainers: [{name: setup, image: busybox:1.36}]
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev.filter((e) => e[0] === 5), [
      [5, 'Pulled', 'Container image "busybox:1.36" already present on machine'],
      [5, 'Created', 'Created container: main'],
      [5, 'Started', 'Started container main'],
    ], 'restart events: main only');
    const init = p.status.initContainerStatuses[0];
    h.eq([init.restartCount, init.state.terminated.exitCode, init.state.terminated.reason, h.sec(init.state.terminated.startedAt), h.sec(init.state.terminated.finishedAt)], [0, 0, 'Completed', 0, 0], 'init container status from its only run');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, cs.state.terminated.exitCode, h.sec(cs.state.terminated.startedAt)], [1, 0, 5], 'main restarted once');
  },
};
