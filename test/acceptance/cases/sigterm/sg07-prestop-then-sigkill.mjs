// A preStop sleep takes its seconds out of the grace period: a 20s hook leaves a 10s stop window of the
// 30s, at whose end a container that ignores SIGTERM is killed (137 at 30s after the deletion).
export default {
  id: 'sigterm/sg07-prestop-then-sigkill',
  source: 'kuberuntime_container.go killContainer (gracePeriod -= executePreStopHook; StopContainer(gracePeriod))',
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
            sleep: {seconds: 20}
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.podsOf('ps')[0].status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [137, 60], 'hook 20s + window 10s');
  },
};
