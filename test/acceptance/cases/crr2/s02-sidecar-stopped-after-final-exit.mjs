// Same pod to the end: c exits 1 (restart 10s), 1 (back-off, BackOff 20s, restart 30s), 0 at 40s: no rule
// matches, Never -> done. The kubelet then stops the sidecar (Killing "Stopping container side" at 40s, exit
// 143); pod Succeeded (sidecars do not count), Job Complete 41s; the sidecar was started once.
export default {
  id: 'crr2/sidecar-stopped-after-final-exit',
  source: 'kuberuntime computePodActions (all regular containers done, not restartable -> kill the pod incl. sidecars); kubelet_pods.go getPhase (podIsTerminal: sidecars stopped)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sc}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      initContainers:
      - name: side
        image: busybox:1.36
        restartPolicy: Always
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [1]}}
`,
  check(r, h) {
    const p = h.podsOf('sc')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const side = p.status.initContainerStatuses[0];
    h.eq([side.restartCount, side.state.terminated?.exitCode, h.sec(side.state.terminated?.finishedAt)], [0, 143, 40], 'sidecar');
    const c = p.status.containerStatuses[0];
    h.eq([c.restartCount, c.state.terminated?.exitCode, h.sec(c.state.terminated?.startedAt)], [2, 0, 30], 'c');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[40, 'Stopping container side']], 'Killing');
    h.eq(h.events({ kind: 'Pod', reason: 'Started', name: p.metadata.name }).filter((e) => e.message === 'Started container side').length, 1, 'sidecar started once');
    h.eq(h.sec(h.hasCond(h.job('sc'), 'Complete').lastTransitionTime), 41, 'Complete at');
  },
};
