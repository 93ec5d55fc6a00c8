// Default podReplacementPolicy (TerminatingOrFailed): the replacement does not wait for the evicted pod, and the evicted pod
// is Terminating for the 55s of its preStop sleep, so the Job finishes after it (status.terminating gates Complete).
// Its container runs on meanwhile and ends on its own at 30s (exit 0); the kubelet, busy with the hook, reports
// it when the hook returns.
export default {
  id: 'gates135/sl05-prestop-sleep-terminating-count',
  source: 'kubelet syncTerminatingPod (the final status after killPod returns); JobPodReplacementPolicy 1.34 GA (status.terminating); job_controller.go: Complete only once no pod is terminating; kuberuntime killContainer preStop sleep',
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
  template:
    metadata:
      annotations: {jobsim/duration: "30s"}
    spec:
      terminationGracePeriodSeconds: 60
      containers:
      - name: c
        image: busybox
        lifecycle:
          preStop:
            sleep: {seconds: 55}
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('r');
    h.eq(pods.length, 2, 'pods');
    h.assert(h.sec(pods[1].metadata.creationTimestamp) < 65, 'replacement created while the evicted pod is still terminating');
    const t = pods[0].status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [0, 30], 'the evicted pod\'s container ends on its own during the preStop sleep');
    const j = h.job('r');
    h.near(h.sec(h.cond(j, 'Complete').lastTransitionTime), 65, 1, 'Complete waits for the terminating pod');
  },
};
