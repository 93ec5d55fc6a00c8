// TestJobBackoffForOnFailure rows "backoffLimit 1 with restartCount 1 and podRunning should have 0 pod
// active" and "backoffLimit 1 with restartCount 0 should have 1 pod active": under OnFailure the restarts
// of running pods count with >=: the container fails at 10s and restarts at once (restartCount 1); the
// sync at 11s finds 1 >= 1: FailureTarget BackoffLimitExceeded, the pod deleted and counted failed
// (active 0, failed 1); Failed at 12s. Before the restart the pod ran 10s without failing the Job.
export default {
  id: 'jobtable/onfailure-limit1-restart1',
  source: 'job_controller_test.go TestJobBackoffForOnFailure "backoffLimit 1 with restartCount 1 and podRunning should have 0 pod active", "backoffLimit 1 with restartCount 0 should have 1 pod active"; job_controller.go pastBackoffLimitOnFailure; reference §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: of1}
spec:
  parallelism: 1
  completions: 1
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('of1');
    h.eq(pods.map((p) => [p.status.containerStatuses[0].restartCount, h.sec(p.metadata.deletionTimestamp)]), [[1, 41]], 'one pod, restarted once, deleted at 11s (+30s grace)');
    const job = h.job('of1');
    h.eq([job.status.active ?? 0, job.status.succeeded ?? 0, job.status.failed], [0, 0, 1], '[active, succeeded, failed]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
  },
};
