// The pod failed by its own activeDeadlineSeconds is an ordinary failed pod for the Job controller:
// with backoffLimit 0 the Job fails BackoffLimitExceeded about 1s later, long before the 5m run ends.
export default {
  id: 'kubelet/pod-ads-job-fails',
  source: 'pkg/kubelet/active_deadline.go; job_controller.go (failed pod counted, failed > backoffLimit -> FailureTarget/Failed BackoffLimitExceeded); reference job-controller.md backoffLimit',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      activeDeadlineSeconds: 60
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    const c = h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.near(h.sec(c.lastTransitionTime), 61, 1, 'Job failed shortly after the pod deadline');
    h.eq([job.status.failed, job.status.succeeded ?? 0], [1, 0], 'counts');
  },
};
