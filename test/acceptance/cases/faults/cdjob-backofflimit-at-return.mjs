// controllerDown job 5s-60s, backoffLimit 0, parallelism 2: both pods fail at 10s during the outage. Nothing is
// counted while it is down; on return one sync counts both (failed 2 > 0) and fails the Job:
// FailureTarget and Failed BackoffLimitExceeded at 60s, with the BackoffLimitExceeded event then.
export default {
  id: 'faults/cdjob-backofflimit-at-return',
  source: 'pkg/controller/job/job_controller.go syncJob (exceedsBackoffLimit := jobCtx.failed > backoffLimit with newFailedPods), trackJobStatusAndRemoveFinalizers, recordJobFinished',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bl}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 55s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 60], ['Failed', 'BackoffLimitExceeded', 60]], 'conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0, j.status.active ?? 0], [2, 0, 0], '[failed, succeeded, active]');
    h.eq(h.podsOf('j').length, 2, 'no replacement');
    h.eq(h.events({ kind: 'Job', reason: 'BackoffLimitExceeded' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job has reached the specified backoff limit', 60]], 'event');
  },
};
