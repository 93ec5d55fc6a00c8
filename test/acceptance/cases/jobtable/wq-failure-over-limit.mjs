// Contrast to TestControllerSyncJob "WQ job all finished despite one failure" (backoffLimit 6:
// Complete): the backoff-limit check comes before the completion check, so with backoffLimit 0 the same
// picture (one success and one failure, nothing active) fails the Job: FailureTarget and Failed
// BackoffLimitExceeded at 11s, no SuccessCriteriaMet. And a failure after a work-queue success, while a
// pod still runs, fails the Job too and kills that pod (counted failed).
export default {
  id: 'jobtable/wq-failure-over-limit',
  source: 'job_controller_test.go TestControllerSyncJob "WQ job all finished despite one failure" (backoffLimit varied); job_controller.go syncJob (exceedsBackoffLimit evaluated before the complete check); reference §2.4 step 4, §2.6 step 5, §15 item 11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: wql}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: later, spec: {parallelism: 2}}}
  - {at: 8s, patch: {kind: Job, name: later, spec: {parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: same}
spec:
  parallelism: 2
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: later}
spec:
  parallelism: 1
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "0,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const same = h.job('same');
    h.eq(same.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 11]], 'same: conditions');
    h.eq([same.status.succeeded, same.status.failed], [1, 1], 'same: [succeeded, failed]');
    const later = h.job('later');
    // A 0-10 succeeds; B 5-15 fails; C 8-18 is still running when the sync at 16s sees B's failure
    h.eq(h.podsOf('later').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]), [[0, 'Succeeded', 0], [5, 'Failed', 1], [8, 'Failed', 143]], 'later: pods [created, phase, exit code]');
    h.eq(later.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 16], ['Failed', 'BackoffLimitExceeded', 17]], 'later: conditions');
    h.eq([later.status.succeeded, later.status.failed], [1, 2], 'later: [succeeded, failed]');
  },
};
