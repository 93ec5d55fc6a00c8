// restartPolicy Never, two containers both exiting 4: pod Failed only once both are terminated; both
// statuses terminated {4, Error}, sorted by name; restartCount 0; no BackOff.
export default {
  id: 'kubelet/never-multi-container-failed',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (running == 0 && stopped > 0, Never, a failure -> Failed), convertToAPIContainerStatuses (SortedContainerStatuses)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "8s", jobsim/exit-codes: "4" } }
    spec:
      containers: [{ name: zeta, image: busybox:1.36 }, { name: alpha, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.restartCount, c.ready, c.state.terminated.exitCode, c.state.terminated.reason, h.sec(c.state.terminated.finishedAt)]),
      [['alpha', 0, false, 4, 'Error', 8], ['zeta', 0, false, 4, 'Error', 8]], 'statuses');
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'no BackOff');
  },
};
