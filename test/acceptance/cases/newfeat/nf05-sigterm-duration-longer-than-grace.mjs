// onSigterm: 45s with a 30s grace period: the shutdown does not fit, SIGKILL at the window's end (137, 30s after
// the eviction), not at 45s.
export default {
  id: 'newfeat/nf05-sigterm-duration-longer-than-grace',
  source: 'kuberuntime_container.go killContainer (StopContainer(timeout = gracePeriod), then the runtime SIGKILLs)',
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
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: 45s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.get('Pod', 'r-bn7wn').status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [137, 60], 'SIGKILL at 30s + 30s');
  },
};
