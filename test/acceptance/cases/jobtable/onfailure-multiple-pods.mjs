// TestJobBackoffForOnFailure rows "too many job failures with podRunning - multiple pods" (+ the
// JobPodReplacementPolicy / JobManagedBy variants): parallelism 2, backoffLimit 2, restart counts [1, 1]:
// the sum over running pods reaches the limit -> both pods deleted and counted failed (failed 2, active 0).
export default {
  id: 'jobtable/onfailure-multiple-pods',
  source: 'job_controller_test.go TestJobBackoffForOnFailure "too many job failures with podRunning - multiple pods", "... ; JobPodReplacementPolicy enabled", "... ; JobManagedBy enabled"; job_controller.go pastBackoffLimitOnFailure (sum of restartCount over Running/Pending pods); reference §3.5, §2.9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ofm}
spec:
  parallelism: 2
  completions: 5
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('ofm');
    h.eq(pods.map((p) => p.status.containerStatuses[0].restartCount), [1, 1], 'restart counts');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0], 'no other pod');
    const job = h.job('ofm');
    h.eq([job.status.active ?? 0, job.status.succeeded ?? 0, job.status.failed], [0, 0, 2], '[active, succeeded, failed]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'ofm', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [11, 11], 'both deleted at 11s');
  },
};
