// TestControllerSyncJob row "indexed job completed": Indexed, completions 3; index 0 succeeded, index
// 1 failed then succeeded, index 2 succeeded -> Complete, succeeded 3, failed 1, completedIndexes
// "0-2". Index 1's first pod fails at 10s, the same second index 0 succeeds: the success resets the
// back-off, so index 1's retry and index 2 start at once (11s).
export default {
  id: 'jobtable/sync-indexed-completed',
  source: 'job_controller_test.go TestControllerSyncJob "indexed job completed"; indexed_job_utils.go firstPendingIndexes; backoff_utils.go newBackoffRecord (failure not after the success); reference §2.3, §3.2, §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ixc}
spec:
  behaviors:
  - selector: {matchLabels: {app: ixc}}
    duration: 10s
    perIndex:
      "1": {exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ixc}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  template:
    metadata: {labels: {app: ixc}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const pods = h.podsOf('ixc');
    h.eq(pods.map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase]).sort(), [['0', 0, 'Succeeded'], ['1', 0, 'Failed'], ['1', 11, 'Succeeded'], ['2', 11, 'Succeeded']], 'pods [index, created, phase]');
    const job = h.job('ixc');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, job.status.active ?? 0], [3, 1, '0-2', 0], '[succeeded, failed, completedIndexes, active]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 22], ['Complete', 'CompletionsReached', 22]], 'conditions');
    h.eq(job.status.failedIndexes, undefined, 'no failedIndexes without backoffLimitPerIndex');
  },
};
