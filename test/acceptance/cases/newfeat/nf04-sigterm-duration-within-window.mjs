// onSigterm: 20s within a 30s window: the container exits 143 twenty seconds after the eviction, the pod is
// Failed then (Ready=False at 50s), with the DisruptionTarget condition of the Eviction API at 30s.
export default {
  id: 'newfeat/nf04-sigterm-duration-within-window',
  source: 'kuberuntime_container.go killContainer (StopContainer returns when the process exits); pkg/registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 30s, evictPod: default/r-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: 20s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.get('Pod', 'r-bn7wn');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [143, 'Error', 50], 'handled SIGTERM in 20s');
    const dt = h.cond(p, 'DisruptionTarget');
    h.eq([dt.reason, dt.message, h.sec(dt.lastTransitionTime)], ['EvictionByEvictionAPI', 'Eviction API: evicting', 30], 'DisruptionTarget');
    const ready = h.anyCond(p, 'Ready');
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['False', 'PodFailed', 50], 'Ready');
    h.eq(p.status.phase, 'Failed', 'phase');
  },
};
