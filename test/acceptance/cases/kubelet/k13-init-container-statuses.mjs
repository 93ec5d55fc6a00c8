// A pod with an init container: the kubelet reports initContainerStatuses (spec order) with the
// finished init container terminated {exitCode 0, reason Completed}, ready true (an init container is
// ready once it exited 0), started false, restartCount 0; the app container runs after it.
export default {
  id: 'kubelet/init-container-statuses',
  source: 'pkg/kubelet/kubelet_pods.go convertStatusToAPIStatus (InitContainerStatuses = convertToAPIContainerStatuses(... pod.Spec.InitContainers ...)); prober/prober_manager.go UpdatePodStatus (init container ready iff terminated with exit 0); README: init containers take no time',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const ics = p.status.initContainerStatuses ?? [];
    h.eq(ics.map((c) => [c.name, c.image, c.ready, c.started ?? false, c.restartCount, c.state?.terminated?.exitCode, c.state?.terminated?.reason]),
      [['setup', 'busybox:1.36', true, false, 0, 0, 'Completed']], 'initContainerStatuses');
    const t = ics[0].state.terminated;
    h.assert(h.sec(t.finishedAt) <= h.sec(p.status.containerStatuses[0].state.terminated.startedAt), 'init finished before main started');
  },
};
