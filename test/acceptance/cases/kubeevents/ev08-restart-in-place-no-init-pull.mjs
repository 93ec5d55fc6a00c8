// OnFailure, exit codes 1 then 0 (10s runs), an init container and main both imagePullPolicy Always. At the first start
// each gets Pulling + "Successfully pulled ... in 0s" on its own fieldPath. The restart in place at +10s runs main only
// (init containers run again only with a new sandbox): a second Pulling/Pulled/Created/Started for main at +10s and
// nothing for setup; setup keeps its one terminated status (Completed, restartCount 0).
export default {
  id: 'kubeevents/ev08-restart-in-place-no-init-pull',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (createPodSandbox only on a sandbox change: then init containers; otherwise ContainersToStart for exited app containers), computeInitContainerActions (podHasInitialized: plain init containers are not rerun); images/image_manager.go (PullAlways on every start)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,0", jobsim/duration: 10s } }
    spec:
      initContainers: [{ name: setup, image: tool:1, imagePullPolicy: Always }]
      containers: [{ name: main, image: app:1, imagePullPolicy: Always }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.reason, e.involvedObject.fieldPath]);
    const S = 'spec.initContainers{setup}', M = 'spec.containers{main}';
    h.eq(ev, [
      [0, 'Pulling', S], [0, 'Pulled', S], [0, 'Created', S], [0, 'Started', S],
      [0, 'Pulling', M], [0, 'Pulled', M], [0, 'Created', M], [0, 'Started', M],
      [10, 'Pulling', M], [10, 'Pulled', M], [10, 'Created', M], [10, 'Started', M]], 'kubelet events');
    const s = p.status.initContainerStatuses[0];
    h.eq([s.restartCount, s.state.terminated.reason], [0, 'Completed'], 'setup ran once');
    h.eq([p.status.containerStatuses[0].restartCount, p.status.phase], [1, 'Succeeded'], 'main restarted once');
  },
};
