// A FailJob rule on exit code 137 for container c: the SIGKILLed container (grace 3s, SIGTERM ignored) fails the
// Job with the pod failure policy's message naming the container, the pod and the code.
export default {
  id: 'newfeat/nf08-sigterm-failjob-137-message',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy / getMatchingContainerFromList ("Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d")',
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
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {containerName: c, operator: In, values: [137]}
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 3
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('r');
    const msg = 'Container c for pod default/r-bn7wn failed with exit code 137 matching FailJob rule at index 0';
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    h.eq([ft.message, h.sec(ft.lastTransitionTime)], [msg, 34], 'FailureTarget one batched sync after the SIGKILL (33s)');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq(f.message, msg, 'Failed message');
    h.eq(h.podsOf('r').length, 1, 'no replacement while the pod terminated (podFailurePolicy: replaced only once Failed, and then the Job failed)');
  },
};
