// backoffLimitPerIndex 1, 3/3: index 0 fails at 10s (retry due at 20s). Scaled to 1/1 at 12s: the pods of indexes 1 and
// 2 (out of range) are deleted and not counted; index 0, still in range, keeps its delayed-deletion pod and is retried
// at 20s with failure-count "1"; it succeeds at 30s and the Job completes with completedIndexes "0", failed 1.
export default {
  id: 'indexed3/elastic-scale-down-keeps-backoff-index',
  source: 'pkg/controller/job/indexed_job_utils.go appendDuplicatedIndexPodsForRemoval, getPodsWithDelayedDeletionPerIndex; job_controller.go manageJob (deletions first: nothing created in that sync); reference §2.6 step 3, §3.4, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: kb}
spec:
  behaviors:
    - selector: {matchLabels: {app: kb}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [1, 0]}
  timeline:
    - {at: 12s, patch: {kind: Job, name: kb, spec: {completions: 1, parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: kb}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: kb}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const del = h.events({ kind: 'Job', name: 'kb', reason: 'SuccessfulDelete' }).map((e) => [e.message.replace(/^Deleted pod: (kb-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]).sort();
    h.eq(del, [['kb-1', 12], ['kb-2', 12]], 'deletions');
    const ix0 = h.podsOf('kb').filter((p) => p.metadata.name.startsWith('kb-0-')).map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase]);
    h.eq(ix0, [[0, '0', 'Failed'], [20, '1', 'Succeeded']], 'index 0 pods');
    const job = h.job('kb');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed, job.status.failedIndexes, h.sec(job.status.completionTime)], ['0', 1, 1, '', 31], '[completedIndexes, succeeded, failed, failedIndexes, completionTime]');
  },
};
