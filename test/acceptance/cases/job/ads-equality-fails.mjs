// now - startTime >= activeDeadlineSeconds fails: exactly at startTime + ADS.
export default {
  id: 'job/ads-equality-fails',
  source: 'job_controller.go pastActiveDeadline: duration >= allowedDuration; reference §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: eq
spec:
  activeDeadlineSeconds: 10
  template:
    metadata:
      annotations:
        jobsim/duration: "20s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('eq');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 10, 'FailureTarget time');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'DeadlineExceeded').lastTransitionTime), 11, 'Failed time');
    h.eq(job.status.succeeded ?? 0, 0, 'succeeded');
  },
};
