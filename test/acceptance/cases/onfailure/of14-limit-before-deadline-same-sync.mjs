// When one sync finds both the OnFailure restart limit and the active deadline passed, BackoffLimitExceeded wins
// (it is checked first). backoffLimit 2, activeDeadlineSeconds 31: the second restart is at 30s; the batched pod
// sync and the deadline re-sync both fall at 31s, and the one sync there sets FailureTarget BackoffLimitExceeded.
export default {
  id: 'onfailure/limit-before-deadline-same-sync',
  source: 'job_controller.go syncJob (exceedsBackoffLimit || pastBackoffLimitOnFailure, else if pastActiveDeadline); reference job §2.4 steps 4-5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: tie}
spec:
  backoffLimit: 2
  activeDeadlineSeconds: 31
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('tie');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 31], ['Failed', 'BackoffLimitExceeded', 32]], 'conditions');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => e.reason), ['BackoffLimitExceeded'], 'one Warning');
  },
};
