// A template terminationGracePeriodSeconds of -5 (accepted with a warning) is treated as 1 when the suspension
// deletes the pod at 20s: deletionTimestamp 21s; the container ignores SIGTERM and the kubelet's minimum stop
// window of 2s kills it at 22s (137). With podReplacementPolicy Failed the resume at 30s finds it Failed and
// creates the replacement at once; Complete at 131s, failed 0.
export default {
  id: 'mutations2/suspend-negative-grace-treated-as-one',
  source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete (period < 0 -> 1); pkg/kubelet/kuberuntime killContainer (minimumGracePeriodInSeconds 2); job_controller.go manageJob (suspend: deleteJobPods)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 30s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 100s, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: -5
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p1, p2] = h.podsOf('j');
    const t = p1.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(p1.metadata.deletionTimestamp), t.exitCode, h.sec(t.finishedAt), p1.status.phase], [21, 137, 22, 'Failed'], 'suspended pod [deletionTimestamp, exit, finishedAt, phase]');
    h.eq(h.sec(p2.metadata.creationTimestamp), 30, 'replacement at the resume');
    const j = h.job('j');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [1, 0, 131], '[succeeded, failed, completionTime]');
  },
};
