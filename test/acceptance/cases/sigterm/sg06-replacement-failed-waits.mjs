// podReplacementPolicy: Failed: the replacement of a pod that ignores SIGTERM waits until the SIGKILL
// has ended it (30s after the eviction), then the 10s pod-failure back-off.
export default {
  id: 'sigterm/sg06-replacement-failed-waits',
  source: 'job_controller.go podReplacementPolicy Failed (terminating pods are not replaced); kuberuntime_container.go killContainer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 1m, evictPod: default/r-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [first, second] = h.podsOf('r');
    h.eq(h.sec(first.status.containerStatuses[0].state.terminated.finishedAt), 90, 'SIGKILL at 60s + 30s');
    h.eq(first.status.containerStatuses[0].state.terminated.exitCode, 137, 'exit 137');
    h.eq(h.sec(second.metadata.creationTimestamp), 100, 'replacement after the pod failed, plus 10s back-off');
    h.hasCond(h.job('r'), 'Complete', 'CompletionsReached');
  },
};
