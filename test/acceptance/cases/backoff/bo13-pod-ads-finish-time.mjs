// A pod failed by its own activeDeadlineSeconds (kubelet kills the container at 30s) finishes at the container's
// finishedAt: the replacement comes 10s later (40s), fails at 70s, and with backoffLimit 1 the Job fails at 71s.
export default {
  id: 'backoff/pod-ads-finish-time',
  source: 'backoff_utils.go getFinishedTime (latest container finishedAt); kubelet activeDeadlineHandler; reference job-controller §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: ads }
spec:
  backoffLimit: 1
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      activeDeadlineSeconds: 30
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ads');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 40], 'creation times');
    h.eq(pods.map((p) => [p.status.phase, p.status.reason]), [['Failed', 'DeadlineExceeded'], ['Failed', 'DeadlineExceeded']], 'pods failed by their deadline');
    const job = h.job('ads');
    h.eq(job.status.failed, 2, 'status.failed');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 71, 'Failed at 71s');
  },
};
