// containerStatuses are sorted by container name in every status (SortedContainerStatuses), running included:
// containers [zeta, alpha] report [alpha, zeta], both ready and started; spec order is kept in spec.containers.
export default {
  id: 'podstatus/running-statuses-sorted',
  source: 'pkg/kubelet/status/status_manager.go normalizeStatus (sort.Sort(kubetypes.SortedContainerStatuses(status.ContainerStatuses))); prober_manager.go UpdatePodStatus (ready/started without probes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: mc }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: zeta, image: busybox:1.36 }, { name: alpha, image: nginx:1.27 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('mc')[0];
    h.eq(p.spec.containers.map((c) => c.name), ['zeta', 'alpha'], 'spec order');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.image, c.ready, c.started, Object.keys(c.state)[0]]), [['alpha', 'nginx:1.27', true, true, 'running'], ['zeta', 'busybox:1.36', true, true, 'running']], 'statuses');
  },
};
