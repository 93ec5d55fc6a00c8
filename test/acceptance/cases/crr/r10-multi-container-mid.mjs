// Per-container policies diverge in one pod (pod Never). Both containers exit 1 at 10s (attempt 1); a
// (restartPolicy OnFailure) is restarted at once and takes the next attempt (exit 0 after 10s); b (no policy of
// its own: the pod's Never) stays terminated. Cut at 15s: the pod is Running (a runs, b is stopped), not Ready:
// "containers with unready status: [b]" since 10s; only a was started again.
export default {
  id: 'crr/multi-container-mid',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (no container policy -> pod restartPolicy); kuberuntime computePodActions (per-container ShouldContainerBeRestarted); kubelet_pods.go getPhase (running > 0 -> Running); status/generate.go GenerateContainersReadyCondition',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: mc}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: OnFailure
      - name: b
        image: busybox:1.36
`,
  check(r, h) {
    const p = h.podsOf('mc')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    const [a, b] = ['a', 'b'].map((n) => p.status.containerStatuses.find((c) => c.name === n));
    h.eq([a.restartCount, h.sec(a.state.running?.startedAt), a.lastState.terminated?.exitCode], [1, 10, 1], 'a');
    h.eq([b.restartCount, b.state.terminated?.exitCode, b.state.terminated?.reason, h.sec(b.state.terminated?.finishedAt)], [0, 1, 'Error', 10], 'b');
    for (const type of ['Ready', 'ContainersReady']) {
      const c = p.status.conditions.find((x) => x.type === type);
      h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime)], ['False', 'ContainersNotReady', 'containers with unready status: [b]', 10], type);
    }
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, 'Started container a'], [0, 'Started container b'], [10, 'Started container a']], 'Started');
    const job = h.job('mc');
    h.eq([job.status.active, job.status.ready, job.status.failed], [1, 0, undefined], '[active, ready, failed]');
  },
};
