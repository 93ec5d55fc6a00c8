// Job concept page, "TTL mechanism for finished Jobs" (Complete or Failed) with "Terminal Job conditions": the TTL runs
// from the terminal condition. activeDeadlineSeconds 10: FailureTarget at 10s, but the pod ignores SIGTERM and is
// killed only at the end of its 30s grace period (40s), so Failed is set at 41s; ttlSecondsAfterFinished 5 deletes the
// Job at 46s (not 15s), and its pod with it.
export default {
  id: 'jobdocs/j20-ttl-counts-from-failed-not-failuretarget',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#ttl-mechanism-for-finished-jobs, #terminal-job-conditions; ttlafterfinished_controller.go jobFinishTime (Complete/Failed condition lastTransitionTime), needsCleanup',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: ttl-failed
spec:
  ttlSecondsAfterFinished: 5
  activeDeadlineSeconds: 10
  template:
    metadata:
      annotations:
        jobsim/duration: "100s"
        jobsim/on-sigterm: ignore
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ttl-failed');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 10], ['Failed', 'DeadlineExceeded', 41]], 'conditions');
    h.eq(h.sec(job.metadata.deletionTimestamp), 46, 'deleted 5s after Failed');
    const [pod] = h.podsOf('ttl-failed');
    h.eq([h.exitCodeOf(pod), h.sec(pod.status.containerStatuses[0].state.terminated.finishedAt)], [137, 40], 'pod killed at the end of its grace period');
  },
};
