// terminationGracePeriodSeconds 5 and a 4s preStop sleep: 1s is left, raised to the 2s minimum, so a container
// ignoring SIGTERM is killed 6s after the deletion, 1s past its deletionTimestamp.
export default {
  id: 'newfeat/nf06-sigterm-short-grace-hook-min-window',
  source: 'kuberuntime_container.go killContainer (if gracePeriod < minimumGracePeriodInSeconds { gracePeriod = minimumGracePeriodInSeconds })',
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
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 5
      containers:
      - name: c
        image: busybox
        lifecycle: {preStop: {sleep: {seconds: 4}}}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.get('Pod', 'r-bn7wn');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [35, 5], 'graceful deletion');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [137, 36], 'hook 4s + 2s window');
  },
};
