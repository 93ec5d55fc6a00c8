// backoffLimitPerIndex 0 with maxFailedIndexes 0 and a success policy on index 0: at 10s index 0 succeeds and
// index 1 fails in the same instant. The per-index checks come before the success policy: FailureTarget
// MaxFailedIndexesExceeded at 11s (no SuccessCriteriaMet), index 2's running pod is deleted and counted failed;
// Failed at 12s once it is gone. completedIndexes "0", failedIndexes "1" (the killed index is not a failed index).
export default {
  id: 'jobctl/maxfailedindexes-beats-success-policy-same-sync',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job failed due to exceeding max failed indexes" (FailureTarget MaxFailedIndexesExceeded "Job has exceeded the specified maximal number of failed indexes", running pod terminating and counted failed) + TestSyncJobWithJobSuccessPolicy; job_controller.go syncJob (MaxFailedIndexes check before matchSuccessPolicy); indexed_job_utils.go calculateFailedIndexes (pods with the tracking finalizer only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mf}
spec:
  behaviors:
  - selector: {matchLabels: {app: mf}}
    duration: 60s
    perIndex:
      "0": {duration: 10s}
      "1": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: mf}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  successPolicy:
    rules:
    - {succeededIndexes: "0"}
  template:
    metadata: {labels: {app: mf}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('mf');
    const msg = 'Job has exceeded the specified maximal number of failed indexes';
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'MaxFailedIndexesExceeded', msg, 11],
      ['Failed', 'MaxFailedIndexesExceeded', msg, 12],
    ], 'conditions');
    h.eq([j.status.succeeded, j.status.completedIndexes, j.status.failed, j.status.failedIndexes, j.status.terminating], [1, '0', 2, '1', 0], '[succeeded, completedIndexes, failed, failedIndexes, terminating]');
    h.eq(h.podsOf('mf').length, 3, 'no replacement pod');
    h.eq(h.events({ kind: 'Job', name: 'mf', reason: 'MaxFailedIndexesExceeded' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[12, 'Warning', msg]], 'Failed event');
  },
};
