// Two containers that behave alike (one behaviour per pod) under OnFailure with exit-codes "3,0": both
// exit 3 at 5s and are restarted at once; each status has restartCount 1, lastState terminated exit 3 reason
// Error 0s-5s, state terminated exit 0 Completed 5s-10s; containerStatuses are sorted by name (kubelet
// SortedContainerStatuses), not spec order.
export default {
  id: 'workload/multicontainer-onfailure-statuses',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (lastState from the previous run, restartCount; sorted by name); kuberuntime reason Error/Completed',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: mc}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "3,0"}}
    spec:
      containers: [{name: zeta, image: busybox:1.36}, {name: alpha, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('mc')[0];
    h.eq(p.status.containerStatuses.map((c) => c.name), ['alpha', 'zeta'], 'sorted by name');
    for (const c of p.status.containerStatuses) {
      const l = c.lastState.terminated, s = c.state.terminated;
      h.eq([c.restartCount, l.exitCode, l.reason, h.sec(l.startedAt), h.sec(l.finishedAt), s.exitCode, s.reason, h.sec(s.startedAt), h.sec(s.finishedAt)], [1, 3, 'Error', 0, 5, 0, 'Completed', 5, 10], c.name);
    }
    h.eq(p.status.phase, 'Succeeded', 'phase');
  },
};
