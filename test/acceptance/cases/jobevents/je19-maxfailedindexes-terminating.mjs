// backoffLimitPerIndex 0, maxFailedIndexes 0: index 2 fails at 5s -> at 6s FailureTarget MaxFailedIndexesExceeded
// ("Job has exceeded the specified maximal number of failed indexes"), indexes 0 and 1 deleted; Failed and the Warning
// event when they have stopped (26s) -> 27s. failedIndexes names only index 2.
export default {
  id: 'jobevents/je19-maxfailedindexes-terminating',
  source: 'job_controller.go syncJob (failedIndexes.total() > MaxFailedIndexes -> newFailureCondition(MaxFailedIndexesExceeded, ...)), recordJobFinished; indexed_job_utils.go calculateFailedIndexes',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: mf}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  behaviors:
    - selector: {matchLabels: {batch.kubernetes.io/job-name: mf}}
      duration: 1m
      onSigterm: 20s
      perIndex:
        "2": {exitCodes: [1], duration: 5s}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'mf' }).filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    const M = 'Job has exceeded the specified maximal number of failed indexes';
    h.eq(ev.map((e) => e.slice(0, 3)), [[6, 'Normal', 'SuccessfulDelete'], [6, 'Normal', 'SuccessfulDelete'], [27, 'Warning', 'MaxFailedIndexesExceeded']], 'job events after start');
    h.eq(ev[2][3], M, 'message');
    const s = h.job('mf').status;
    h.eq(s.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'MaxFailedIndexesExceeded', M, 6], ['Failed', 'MaxFailedIndexesExceeded', M, 27]], 'conditions');
    h.eq([s.failedIndexes, s.failed, s.completedIndexes, s.terminating], ['2', 3, undefined, 0], '[failedIndexes, failed, completedIndexes, terminating]');
  },
};
