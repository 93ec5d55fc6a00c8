// A container exiting 137 on its own (not OOM-killed) is reported by the runtime with reason Error;
// the kubelet does not invent OOMKilled. exitCode 137, phase Failed under Never.
export default {
  id: 'kubelet/exit-137-reason-error',
  source: 'kuberuntime_container.go toKubeContainerStatus (Reason from CRI status: containerd "Error" for non-zero exit, "OOMKilled" only for OOM events); kubelet_pods.go getPhase',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "5s", jobsim/exit-codes: "137" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], ['Failed', 137, 'Error', 0, 5], 'terminated');
  },
};
