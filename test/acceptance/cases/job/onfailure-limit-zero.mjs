// restartPolicy OnFailure with backoffLimit 0: the first restart (sum > 0) fails the Job.
export default {
  id: 'job/onfailure-limit-zero',
  source: 'job_controller.go pastBackoffLimitOnFailure (BackoffLimit == 0: result > 0); reference §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: of0
spec:
  backoffLimit: 0
  template:
    metadata:
      annotations:
        jobsim/duration: "10s"
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('of0');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'BackoffLimitExceeded').lastTransitionTime), 11, 'FailureTarget time');
    h.eq(job.status.failed, 1, 'failed');
    h.eq(h.podsOf('of0')[0].status.containerStatuses[0].restartCount, 1, 'restartCount');
  },
};
