// The container's policy overrides the pod's in both directions: pod OnFailure, container Never, exit 1 at 10s:
// no restart, the pod is Failed at 10s (pre-1.35 it would restart). backoffLimit 0: one failed pod > 0 ->
// FailureTarget and Failed BackoffLimitExceeded at 11s; nothing to kill.
export default {
  id: 'crr/pod-onfailure-container-never',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (container Never -> false, pod policy not consulted); kubelet_pods.go getPhase (gate on: no container restartable -> Failed, whatever spec.restartPolicy); job_controller.go (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: onf}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: OnFailure
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('onf')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt)], ['Failed', 0, 1, 10], '[phase, restartCount, exit, at]');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).length, 1, 'started once');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).length, 0, 'no Killing');
    const job = h.job('onf');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 11]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
