// TestBackoffLimitPerIndex "job index fails due to exceeding the global backoff limit first" (final): the two
// replacements deleted at 26s ignore SIGTERM and finish their work within the grace period (30s, 34s), ending
// Succeeded. They were counted failed when the Job was marked to fail and lost their finalizers then, so their success
// is not counted: succeeded 0, completedIndexes "", failed 5; Failed is added once none is terminating (35s).
export default {
  id: 'integjob2/blpi-global-limit-first-late-success',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex "job index fails due to exceeding the global backoff limit first" (wantJobConditionType Failed, failed 5); job_controller.go trackJobStatusAndRemoveFinalizers (pods without the tracking finalizer skipped), enactJobFinished (terminating > 0 delays Failed); indexed_job_utils.go calculateSucceededIndexes (requires the finalizer)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi3}
spec:
  behaviors:
    - selector: {matchLabels: {app: gb}}
      duration: 10s
      exitCodes: [1, 0]
      onSigterm: ignore
      perIndex:
        "1": {duration: 12s, exitCodes: [1, 0]}
        "2": {duration: 25s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: gb}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimit: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: gb}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('gb');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 26], ['Failed', 'BackoffLimitExceeded', 35],
    ], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.completedIndexes ?? '', job.status.failedIndexes, job.status.terminating, job.status.completionTime],
      [5, 0, '', '', 0, undefined], '[failed, succeeded, completedIndexes, failedIndexes, terminating, completionTime]');
    const late = h.podsOf('gb').filter((p) => h.sec(p.metadata.creationTimestamp) > 0);
    h.eq(late.map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), p.metadata.finalizers ?? []]),
      [['Succeeded', 0, 30, []], ['Succeeded', 0, 34, []]], 'replacements [phase, exit code, finishedAt, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'gb', type: 'Warning' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['BackoffLimitExceeded', 35]], 'warning events');
  },
};
