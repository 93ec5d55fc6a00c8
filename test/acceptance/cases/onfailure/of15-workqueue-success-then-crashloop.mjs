// Work-queue Job (completions unset), parallelism 2, OnFailure: the first pod (attempt 1) exits 0 at 10s, the second
// (attempt 2) always exits 1. A success does not complete the Job while a pod is still active, and the crash-looping
// pod's restarts (10, 30, 60s) reach backoffLimit 3: FailureTarget BackoffLimitExceeded at 61s, the running pod
// deleted and counted failed: succeeded 1, failed 1, no SuccessCriteriaMet.
export default {
  id: 'onfailure/workqueue-success-then-crashloop',
  source: 'job_controller.go syncJob (failure conditions evaluated before the completions==nil check "succeeded > 0 && active == 0"), manageJob (after a success wantActive = active), pastBackoffLimitOnFailure; CONTRACT §2 attempts',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 2
  backoffLimit: 3
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "0,1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('wq');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 61], ['Failed', 'BackoffLimitExceeded', 62]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.completionTime], [1, 1, undefined], '[succeeded, failed, completionTime]');
    const pods = h.podsOf('wq');
    h.eq(pods.length, 2, 'no third pod after the success');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount]).sort(), [['Failed', 3], ['Succeeded', 0]], 'pods');
  },
};
