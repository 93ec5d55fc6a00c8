// maxFailedIndexes is mutable: lowering it to 1 at 1m when indexes 0 and 1 already failed
// (backoffLimitPerIndex 0) fails the Job in the immediate sync of the spec change:
// FailureTarget/Failed reason MaxFailedIndexesExceeded, running pods of the other indexes deleted.
export default {
  id: 'timeline/maxfailedindexes-lowered',
  source: 'validation.go ValidateJobSpecUpdate (maxFailedIndexes not in the immutable list); job_controller.go updateJob (generation change: immediate sync), syncJob (jobCtx.failedIndexes > maxFailedIndexes -> FailureTarget "MaxFailedIndexesExceeded" "Job has exceeded the specified maximal number of failed indexes"); reference job §1.3, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mfi}
spec:
  behaviors:
  - selector: {matchLabels: {app: mfi}}
    duration: 5m
    perIndex:
      "0": {duration: 10s, exitCodes: [1]}
      "1": {duration: 10s, exitCodes: [1]}
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {maxFailedIndexes: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  backoffLimitPerIndex: 0
  maxFailedIndexes: 3
  template:
    metadata: {labels: {app: mfi}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.status.failedIndexes, '0,1', 'failedIndexes');
    const ft = h.hasCond(j, 'FailureTarget', 'MaxFailedIndexesExceeded');
    h.eq(h.sec(ft.lastTransitionTime), 60, 'FailureTarget at the patch');
    const f = h.hasCond(j, 'Failed', 'MaxFailedIndexesExceeded');
    h.eq(f.message, 'Job has exceeded the specified maximal number of failed indexes', 'message');
    h.eq(h.sec(f.lastTransitionTime), 61, 'Failed once the deleted pods are terminal + 1s');
    h.eq(j.status.failed, 4, 'two failed indexes + two deleted running pods');
    h.eq(h.podsOf('j').length, 4, 'no replacement pods');
    h.eq(h.events({ reason: 'MaxFailedIndexesExceeded', name: 'j' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 61]], 'event');
  },
};
