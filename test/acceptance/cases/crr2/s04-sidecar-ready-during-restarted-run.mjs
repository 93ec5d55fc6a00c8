// Sidecar plus a regular container restarted by its rule (Restart In [1]; exits 1, 0). Cut at 15s: c runs its
// second attempt since 10s, the sidecar since 0s; both ready, so the pod is Ready (True since 10s) and the Job
// counts it ready (active 1, ready 1); kubectl READY 2/2 (sidecar counted). --check: invariants hold.
export default {
  id: 'crr2/sidecar-ready-during-restarted-run',
  source: 'status/generate.go GeneratePodReadyCondition (sidecars and regular containers ready); job_controller.go countReadyPods; kubectl printPod READY counts started restartable init containers',
  args: ['--duration', '15s', '--check'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sr}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      restartPolicy: Never
      initContainers:
      - {name: side, image: busybox:1.36, restartPolicy: Always}
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [1]}}
`,
  check(r, h) {
    const p = h.podsOf('sr')[0];
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq([p.status.phase, ready.status, h.sec(ready.lastTransitionTime)], ['Running', 'True', 10], '[phase, Ready]');
    h.eq([p.status.initContainerStatuses[0].ready, p.status.containerStatuses[0].ready, p.status.containerStatuses[0].restartCount], [true, true, 1], 'containers');
    const job = h.job('sr');
    h.eq([job.status.active, job.status.ready], [1, 1], '[active, ready]');
  },
};
