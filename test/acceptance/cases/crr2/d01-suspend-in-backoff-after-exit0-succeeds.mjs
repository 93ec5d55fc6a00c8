// Container restartPolicy Always (pod Never), every run exits 0 after 10s: runs 0-10, 10-20, waits (restart due
// 30s). The Job is suspended at 25s and its pod deleted while the container waits in back-off. A deleted pod's
// containers are not restarted (ShouldContainerBeRestarted: DeletionTimestamp -> false), so the status shows the
// newest dead instance (exit 0, 10-20); SyncTerminatingPod then generates the status with podIsTerminal=true and
// getPhase returns Succeeded when every stopped container succeeded (stopped == succeeded). The pod ends
// Succeeded (Ready False PodCompleted, unchanged since 20s), not Failed.
export default {
  id: 'crr2/suspend-in-backoff-after-exit0-succeeds',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (running == 0 && stopped > 0: podIsTerminal -> stopped == succeeded ? Succeeded : Failed); kubelet.go SyncTerminatingPod (generateAPIPodStatus(pod, stoppedPodStatus, true)); pkg/kubelet/container/helpers.go ShouldContainerBeRestarted (DeletionTimestamp != nil -> false)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 40s
  timeline:
  - {at: 25s, patch: {kind: Job, name: sus, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sus}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Always
`,
  check(r, h) {
    const p = h.podsOf('sus')[0];
    const cs = p.status.containerStatuses[0];
    const t = cs.state.terminated;
    h.eq([cs.restartCount, t?.exitCode, t?.reason, h.sec(t?.startedAt), h.sec(t?.finishedAt)], [1, 0, 'Completed', 10, 20], 'container: newest dead instance');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).length, 0, 'no Killing (nothing runs)');
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq([p.status.phase, ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['Succeeded', 'False', 'PodCompleted', 20], '[phase, Ready]');
  },
};
