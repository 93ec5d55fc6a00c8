// restartPolicy OnFailure, backoffLimit 3, two restarts then success: Complete, status.failed stays 0 (restarts are not failed pods).
export default {
  id: 'job/onfailure-success-under-limit',
  source: 'job_controller.go pastBackoffLimitOnFailure; getNewFinishedPods counts pods, not restarts; reference §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: of3
spec:
  backoffLimit: 3
  template:
    metadata:
      annotations:
        jobsim/duration: "10s"
        jobsim/exit-codes: "1,1,0"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('of3');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 41, 'Complete time');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [1, 0], '[succeeded, failed]');
    const pods = h.podsOf('of3');
    h.eq(pods.length, 1, 'pods');
    h.eq(pods[0].status.containerStatuses[0].restartCount, 2, 'restartCount');
  },
};
