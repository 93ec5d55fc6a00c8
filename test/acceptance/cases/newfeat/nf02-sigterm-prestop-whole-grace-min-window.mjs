// A preStop sleep as long as the grace period (30s, allowed: not more than it) leaves nothing of it;
// killContainer still gives the runtime its 2s minimum, so a container ignoring SIGTERM is SIGKILLed 32s after
// the deadline's deletion (30s), past the deletionTimestamp (60s). The Job: FailureTarget at the deadline,
// Failed at the next sync after the pod has failed.
export default {
  id: 'newfeat/nf02-sigterm-prestop-whole-grace-min-window',
  source: 'kuberuntime_container.go killContainer (gracePeriod - executePreStopHook = 0 -> minimumGracePeriodInSeconds 2); pkg/apis/core/validation validateSleepAction (seconds <= grace); job_controller.go DeadlineExceeded',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ps}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: 10m, jobsim/on-sigterm: ignore}}
    spec:
      containers:
      - name: c
        image: busybox
        lifecycle:
          preStop:
            sleep: {seconds: 30}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('ps')[0];
    h.eq(h.sec(p.metadata.deletionTimestamp), 60, 'deletionTimestamp: request + 30s');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [137, 'Error', 62], 'hook 30s + 2s minimum window');
    const j = h.job('ps');
    h.eq(h.sec(h.cond(j, 'FailureTarget').lastTransitionTime), 30, 'FailureTarget');
    h.eq(h.sec(h.cond(j, 'Failed').lastTransitionTime), 63, 'Failed a batched sync after the pod failed');
    h.eq([j.status.failed, j.status.terminating], [1, 0], 'counters');
  },
};
