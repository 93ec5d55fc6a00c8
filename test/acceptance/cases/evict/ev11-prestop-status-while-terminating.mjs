// Snapshot 5s after an eviction (run ends at 35s): the pod's 20s preStop sleep holds the kill, so it is still
// Running with its container running, deletionTimestamp 60s. The Job (default podReplacementPolicy
// TerminatingOrFailed) has already counted it failed in its 31s sync and reports it terminating; it is neither
// active nor ready (FilterActivePods drops pods with a deletionTimestamp). The replacement waits for the 10s
// back-off from 30s: none yet.
export default {
  id: 'evict/ev11-prestop-status-while-terminating',
  source: 'job_controller.go syncJob (activePods = controller.FilterActivePods, ready = countReadyPods(activePods), terminating = CountTerminatingPods, isPodFailed: DeletionTimestamp != nil && phase != Succeeded); kuberuntime_container.go executePreStopHook; eviction.go addConditionAndDeletePod',
  args: ['--duration', '35s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers:
      - name: c
        image: busybox:1.36
        lifecycle: {preStop: {sleep: {seconds: 20}}}
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement yet');
    const p = pods[0];
    h.eq([p.status.phase, !!p.status.containerStatuses[0].state.running, h.sec(p.metadata.deletionTimestamp)], ['Running', true, 60], 'still running its hook');
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    const j = h.job('j');
    h.eq([j.status.active ?? 0, j.status.ready ?? 0, j.status.failed, j.status.terminating], [0, 0, 1, 1], 'Job status');
  },
};
