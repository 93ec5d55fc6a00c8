// Indexed, 3 pods, backoffLimitPerIndex 0, maxFailedIndexes 0: index 0 exits 1 at 10s; at 11s FailureTarget
// (MaxFailedIndexesExceeded) and indexes 1-2 are deleted (SIGTERM: 143 at 11s); Failed at 12s. ttlSecondsAfterFinished 5:
// deleted at 17s; only index 0's pod is left then and goes with grace 0 (the killed ones were removed at 11s).
export default {
  id: 'ttl2/failed-maxfailedindexes',
  source: 'ttlafterfinished_controller.go jobFinishTime (Failed condition whatever its reason); job_controller.go maxFailedIndexes; pod CheckGracefulDelete (terminal: 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  behaviors:
  - selector: {matchLabels: {app: mfi}}
    duration: 1h
    perIndex:
      "0": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: mfi}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  ttlSecondsAfterFinished: 5
  template:
    metadata: {labels: {app: mfi}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('mfi');
    h.eq(h.sec(h.hasCond(j, 'Failed', 'MaxFailedIndexesExceeded').lastTransitionTime), 12, 'Failed at 12s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.status.failed], [17, 3], 'deleted at 17s');
    // (the killed pods' deletionTimestamp is not checked: README 'Deletion' keeps the first request's, upstream's kubelet shortens it)
    h.eq(h.podsOf('mfi').map((p) => [p.metadata.name.split('-')[1], h.exitCodeOf(p)]), [['0', 1], ['1', 143], ['2', 143]], 'exit codes');
    const [p0] = h.podsOf('mfi');
    h.eq([h.sec(p0.metadata.deletionTimestamp), p0.metadata.deletionGracePeriodSeconds], [17, 0], 'index 0 collected by the GC with the Job');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message.replace(/-[a-z0-9]{5}$/, '')]), [[11, 'Deleted pod: mfi-1'], [11, 'Deleted pod: mfi-2']], 'the Job controller deleted indexes 1-2 at 11s');
  },
};
