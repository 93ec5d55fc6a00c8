// Ignoring SIGTERM means running on: a container whose work ends within the stop window exits on its
// own, with its own code, before the SIGKILL would come.
export default {
  id: 'sigterm/sg04-natural-exit-in-window',
  source: 'kuberuntime_container.go killContainer (StopContainer waits up to the grace period for the process to exit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 60
  template:
    metadata: {annotations: {jobsim/duration: 70s, jobsim/on-sigterm: ignore, jobsim/exit-codes: "3"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.podsOf('dl')[0].status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [3, 'Error', 70], 'its own exit, 10s into the window');
    h.hasCond(h.job('dl'), 'Failed', 'DeadlineExceeded');
  },
};
