// A Job past its activeDeadlineSeconds deletes its pods with their grace period (30s); a container that
// ignores SIGTERM runs until the SIGKILL at 30s, and the Job's Failed condition waits for it
// (FailureTarget at the deadline, Failed once no pod is terminating).
export default {
  id: 'sigterm/sg03-deadline-waits-for-sigkill',
  source: 'job_controller.go (DeadlineExceeded: FailureTarget, deleteActivePods, terminal condition once terminating pods are gone); kuberuntime_container.go killContainer',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 60
  template:
    metadata: {annotations: {jobsim/duration: 10m, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('dl')[0];
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [60], 'Killing at the deadline');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [137, 'Error', 90], 'SIGKILL when the 30s grace period ends');
    const j = h.job('dl');
    h.eq(h.sec(h.cond(j, 'FailureTarget').lastTransitionTime), 60, 'FailureTarget at the deadline');
    h.near(h.sec(h.cond(j, 'Failed').lastTransitionTime), 90, 1, 'Failed once the pod is gone');
  },
};
