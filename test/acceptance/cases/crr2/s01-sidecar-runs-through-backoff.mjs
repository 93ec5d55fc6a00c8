// A sidecar beside a regular container restarted by its rule (Restart In [1]); cut at 25s while c waits in
// back-off: the sidecar keeps running (started 0s, ready, restartCount 0, no Killing), the pod is Running, READY
// counts the sidecar only; Ready False "containers with unready status: [c]" since 20s; Job active 1 ready 0.
export default {
  id: 'crr2/sidecar-runs-through-backoff',
  source: 'kuberuntime computePodActions (a running restartable init container is left alone; the regular container is restarted per ContainerShouldRestart); kubelet_pods.go getPhase (running sidecar -> Running); status/generate.go GenerateContainersReadyCondition',
  args: ['--duration', '25s'],
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
    const side = p.status.initContainerStatuses[0];
    h.eq([side.name, side.ready, side.started, side.restartCount, h.sec(side.state.running?.startedAt)], ['side', true, true, 0, 0], 'sidecar');
    const c = p.status.containerStatuses[0];
    h.eq([c.restartCount, c.state.waiting?.reason, c.lastState.terminated?.exitCode], [1, 'CrashLoopBackOff', 1], 'c');
    const ready = p.status.conditions.find((x) => x.type === 'Ready');
    h.eq([p.status.phase, ready.status, ready.message, h.sec(ready.lastTransitionTime)], ['Running', 'False', 'containers with unready status: [c]', 20], '[phase, Ready]');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).length, 0, 'no Killing');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, 'Started container side'], [0, 'Started container c'], [10, 'Started container c']], 'Started');
    const job = h.job('sc');
    h.eq([job.status.active, job.status.ready], [1, 0], '[active, ready]');
  },
};
