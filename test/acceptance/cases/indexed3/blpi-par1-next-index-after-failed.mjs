// parallelism 1, backoffLimitPerIndex 0: index 0 fails at 10s; the sync at 11s marks it failed (failedIndexes "0") and,
// with no back-off for index 1 (no failed pod of its own; the global record is not used), creates index 1 at once.
// Index 2 follows at 22s; when it succeeds (32s) every index is resolved: FailureTarget and Failed FailedIndexes at 33s.
export default {
  id: 'indexed3/blpi-par1-next-index-after-failed',
  source: 'pkg/controller/job/job_controller.go manageJob (per-index: getPodCreationInfoForIndependentIndexes, no global back-off), indexed_job_utils.go firstPendingIndexes (skips failedIndexes); reference §2.4 step 6, §2.6 step 4, §3.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p1}
spec:
  behaviors:
    - selector: {matchLabels: {app: p1}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: p1}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 1
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: p1}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = h.events({ kind: 'Job', name: 'p1', reason: 'SuccessfulCreate' }).map((e) => [e.message.replace(/^Created pod: (p1-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]);
    h.eq(created, [['p1-0', 0], ['p1-1', 11], ['p1-2', 22]], 'pod creations');
    const job = h.job('p1');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [1, 2, '0', '1,2'], '[failed, succeeded, failedIndexes, completedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 33], ['Failed', 'FailedIndexes', 33]], 'conditions');
  },
};
