// The pod-recreation delay doubles from 10s and stops at the 10-minute cap (not the docs' "six minutes").
export default {
  id: 'job/backoff-cap-10m',
  source: 'job_controller.go MaxJobPodFailureBackOff = 10 * time.Minute; backoff_utils.go getRemainingTimeForFailuresCount; reference §3.1, §3.3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: cap
spec:
  backoffLimit: 8
  template:
    metadata:
      annotations:
        jobsim/duration: "10s"
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('cap');
    // failure n at c_n + 10; next pod after min(10*2^(n-1), 600)
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100, 190, 360, 690, 1300, 1910], 'pod creation times (s)');
    const job = h.job('cap');
    h.eq(job.status.failed, 9, 'status.failed');
    const ft = h.hasCond(job, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq(h.sec(ft.lastTransitionTime), 1921, 'FailureTarget time');
    h.eq(h.sec(f.lastTransitionTime), 1921, 'Failed time');
  },
};
