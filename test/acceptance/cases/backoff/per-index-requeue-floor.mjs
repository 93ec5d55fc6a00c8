// The per-index requeue has the same 1s floor and the same queue rules as the global one. Index 0 fails at 11.6s
// (finishedAt "...:11Z"), so its retry is due at 21.0s and the sync at 12.6s requeues for then. Index 1 succeeds at
// 19.6s: its update, batched to 20.6s, replaces that entry; the sync at 20.6s finds 0.4s left for index 0 and
// requeues for the 1s minimum, so the retry (failure-count "1") is created at 21.6s. It fails at 33.2s
// ("...:33Z"), and the next retry (n = 1 + 1: 20s) is due at 53s, not 52s.
export default {
  id: 'backoff/per-index-requeue-floor',
  source: 'job_controller.go getPodCreationInfoForIndependentIndexes (minimum remaining time per index), enqueueSyncJobWithDelay (not below SyncJobBatchPeriod), enqueueSyncJobBatched; backoff_utils.go getRemainingTimePerIndex (finish time from the stored finishedAt, whole seconds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fl}
spec:
  behaviors:
    - selector: {matchLabels: {app: fl}}
      perIndex:
        "0": {duration: 11600ms, exitCodes: [1, 1, 0]}
        "1": {duration: 19600ms}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fl}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 3
  template:
    metadata: {labels: {app: fl}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('fl').filter((p) => p.metadata.name.startsWith('fl-0-')).map((p) => {
      const t = p.status.containerStatuses[0].state.terminated;
      return [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], h.sec(t.finishedAt), t.exitCode];
    });
    h.eq(ix0, [[0, '0', 11, 1], [21, '1', 33, 1], [53, '2', 64, 0]], 'index 0 pods [created, failure-count, finishedAt, exit]');
    const job = h.job('fl');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, h.sec(job.status.completionTime)], [2, 2, '', 65], '[failed, succeeded, failedIndexes, completionTime]');
  },
};
