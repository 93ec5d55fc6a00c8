// completions 4, parallelism 2, backoffLimitPerIndex 0: index 0 fails at 10s while index 1 runs 30s. At 11s index 0
// is failed for good (failedIndexes "0") and its slot goes to index 2, the lowest pending index, at once; index 3
// follows when index 1 or 2 ends. All resolved when the last index succeeds: FailedIndexes.
export default {
  id: 'indexed3/blpi-par2-failed-index-frees-slot',
  source: 'pkg/controller/job/indexed_job_utils.go firstPendingIndexes (failedIndexes merged into nonPending); job_controller.go manageJob; reference §2.6 step 4, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fs}
spec:
  behaviors:
    - selector: {matchLabels: {app: fs}}
      duration: 30s
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fs}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: fs}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = h.events({ kind: 'Job', name: 'fs', reason: 'SuccessfulCreate' }).map((e) => [e.message.replace(/^Created pod: (fs-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]);
    h.eq(created, [['fs-0', 0], ['fs-1', 0], ['fs-2', 11], ['fs-3', 31]], 'pod creations');
    const job = h.job('fs');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded], ['0', '1-3', 1, 3], '[failedIndexes, completedIndexes, failed, succeeded]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 62], ['Failed', 'FailedIndexes', 62]], 'conditions');
  },
};
