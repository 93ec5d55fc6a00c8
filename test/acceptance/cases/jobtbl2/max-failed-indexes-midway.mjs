// completions 4, parallelism 2, backoffLimitPerIndex 0, maxFailedIndexes 1. Index 0 fails at +10s (a
// failed index; index 2 takes its slot at +11s); index 2 fails at +21s: failedIndexes "0,2" exceeds 1,
// FailureTarget at +22s, index 1 (still running) is deleted and counted failed; Failed at +23s with the
// Warning event MaxFailedIndexesExceeded. Index 3 is never created.
export default {
  id: 'jobtbl2/max-failed-indexes-midway',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job failed due to exceeding max failed indexes" (translated per reference §2.9); job_controller.go syncJob (failedIndexes.total() > MaxFailedIndexes), trackJobStatusAndRemoveFinalizers; reference §6, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 30s
    perIndex:
      "0": { duration: 10s, exitCodes: [1] }
      "2": { duration: 10s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 4
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 0
  maxFailedIndexes: 1
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'MaxFailedIndexesExceeded');
    const f = h.hasCond(j, 'Failed', 'MaxFailedIndexesExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [22, 23, 'Job has exceeded the specified maximal number of failed indexes'], 'conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0, j.status.failedIndexes, j.status.completedIndexes ?? '', j.status.terminating], [3, 0, '0,2', '', 0], '[failed, succeeded, failedIndexes, completedIndexes, terminating]');
    h.eq(h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['2', 11]], 'pods');
    h.eq(h.events({ name: 'x', kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 23]], 'warning events');
  },
};
