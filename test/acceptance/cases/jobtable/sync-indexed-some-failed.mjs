// TestControllerSyncJob row "indexed job some failed pods": completions 4, parallelism 3; indexes 0
// and 2 failed, 1 running -> the failed indexes are created again (0 and 2, the lowest pending), failed
// 2. The two failures of one sync make the back-off 20s (10s·2^(2-1)), so both come back at 30s; index
// 3 starts after their successes reset the back-off (41s).
export default {
  id: 'jobtable/sync-indexed-some-failed',
  source: 'job_controller_test.go TestControllerSyncJob "indexed job some failed pods"; indexed_job_utils.go firstPendingIndexes; backoff_utils.go newBackoffRecord, getRemainingTimeForFailuresCount; reference §2.6 step 4, §3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ixs}
spec:
  behaviors:
  - selector: {matchLabels: {app: ixs}}
    duration: 10s
    perIndex:
      "0": {exitCodes: [1, 0]}
      "1": {duration: 100s}
      "2": {exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ixs}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 3
  template:
    metadata: {labels: {app: ixs}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    h.eq(h.podsOf('ixs').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase]), [['0', 0, 'Failed'], ['1', 0, 'Succeeded'], ['2', 0, 'Failed'], ['0', 30, 'Succeeded'], ['2', 30, 'Succeeded'], ['3', 41, 'Succeeded']], 'pods [index, created, phase]');
    const job = h.job('ixs');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes], [4, 2, '0-3'], '[succeeded, failed, completedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 101, 'Complete');
  },
};
