// Cut at 25s: the container (pod Never, container OnFailure, always exit 1) ran 0-10, 10-20 and waits in
// CrashLoopBackOff until 30s. getPhase counts a waiting container with a last termination as stopped and
// restartable, so the pod is Running (not Failed, as a Never pod would be); Ready/ContainersReady False
// ContainersNotReady since 20s; the Job has it active and not ready, nothing failed.
export default {
  id: 'crr/status-during-backoff',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (Waiting with LastTerminationState: stopped++, ContainerShouldRestart -> not stoppedNotRestartable; stopped != stoppedNotRestartable -> Running); kuberuntime CrashLoopBackOff waiting message; status/generate.go GeneratePodReadyCondition',
  args: ['--duration', '25s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sb}
spec:
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('sb')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.ready], ['Running', 1, false], '[phase, restartCount, ready]');
    h.eq(cs.state.waiting, { reason: 'CrashLoopBackOff', message: `back-off 10s restarting failed container=c pod=${p.metadata.name}_default(${p.metadata.uid})` }, 'waiting');
    const l = cs.lastState.terminated;
    h.eq([l.exitCode, l.reason, h.sec(l.startedAt), h.sec(l.finishedAt)], [1, 'Error', 10, 20], 'lastState');
    for (const type of ['Ready', 'ContainersReady']) {
      const c = p.status.conditions.find((x) => x.type === type);
      h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime)], ['False', 'ContainersNotReady', 'containers with unready status: [c]', 20], type);
    }
    const job = h.job('sb');
    h.eq([job.status.active, job.status.ready, job.status.failed, job.status.conditions ?? []], [1, 0, undefined, []], '[active, ready, failed, conditions]');
  },
};
