// README jobs.durationSeconds ends at the Complete/Failed condition, not at the interim FailureTarget:
// activeDeadlineSeconds 5 on a 1h pod: FailureTarget (DeadlineExceeded) at 5s, the pod is deleted and
// killed, and Failed is added once it is terminal and counted, at 6s: the duration sample is 6.
export default {
  id: 'results/duration-to-failed-not-failuretarget',
  source: 'README metrics table (durationSeconds: to its Complete/Failed condition); job_controller.go syncJob (FailureTarget first, Failed once no pod is terminating)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 5
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('dl');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 5, 'FailureTarget');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime), 6, 'Failed');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 6, p95: 6, p99: 6, max: 6 }, 'duration to Failed');
    h.eq(r.metrics.jobs.lastFinishedAt, 6, 'lastFinishedAt');
    h.eq(r.metrics.jobs.failedReasons, { DeadlineExceeded: 1 }, 'failedReasons');
  },
};
