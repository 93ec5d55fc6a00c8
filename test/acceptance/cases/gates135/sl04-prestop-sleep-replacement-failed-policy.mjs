// JobPodReplacementPolicy (GA 1.34) with podReplacementPolicy: Failed: an evicted pod whose preStop sleeps 20s
// is replaced only once it is terminal (10s + 20s), not at the eviction, and then after the Job's pod-failure
// back-off of 10s (the evicted pod failed, exit 143, and counts): created at 40s.
export default {
  id: 'gates135/sl04-prestop-sleep-replacement-failed-policy',
  source: 'kube_features.go JobPodReplacementPolicy {1.34 GA}; job_controller.go manageJob (Failed policy: terminating pods are not replaced); kuberuntime killContainer preStop sleep',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 10s, evictPod: default/r-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  podReplacementPolicy: Failed
  template:
    metadata:
      annotations: {jobsim/duration: "2m"}
    spec:
      containers:
      - name: c
        image: busybox
        lifecycle:
          preStop:
            sleep: {seconds: 20}
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('r');
    h.eq(pods.length, 2, 'pods');
    h.eq(pods[0].metadata.name, 'r-bn7wn', 'first pod name');
    h.eq(h.sec(pods[0].status.containerStatuses[0].state.terminated.finishedAt), 30, 'evicted pod finishedAt');
    h.eq(h.sec(pods[1].metadata.creationTimestamp), 40, 'replacement created 10s (back-off) after the evicted pod is terminal');
  },
};
