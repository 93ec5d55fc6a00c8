// restartPolicy OnFailure: container restarts of running pods count toward backoffLimit with >=. backoffLimit 2: the
// Job fails when the second restart starts (crash-loop back-off 0s then 10s: restarts at 10s and 30s), the pod is
// deleted and counted failed; Failed once it has terminated.
export default {
  id: 'job/onfailure-restarts-count',
  source: 'job_controller.go pastBackoffLimitOnFailure (result >= BackoffLimit); reference §3.5, §15 item 1',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: of
spec:
  backoffLimit: 2
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
    const pods = h.podsOf('of');
    h.eq(pods.length, 1, 'one pod, never replaced');
    h.eq(pods[0].status.containerStatuses[0].restartCount, 2, 'restartCount');
    const job = h.job('of');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'BackoffLimitExceeded').lastTransitionTime), 31, 'FailureTarget time');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 32, 'Failed time');
    h.eq(job.status.failed, 1, 'the deleted pod counts as one failure');
    h.eq(h.events({ kind: 'Job', name: 'of', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [31], 'pod deleted at FailureTarget');
  },
};
