// Elastic 4/4 -> 2/2, then parallelism 1, both patched at 35s (completions may only change in tandem with
// parallelism, so two patches; the controller syncs once after both): rmAtLeast = 4 active - 1 wanted = 3. The out-of-range pods (indexes 2 and 3) go first,
// then the least valuable in-range pod: index 1's retry (created at 30s) is newer than index 0's (0s), so it is deleted
// and index 0 kept. Pods removed by the scale-down are not counted failed (failed 1: index 1's first pod). Index 0
// succeeds at 60s; index 1 is created again at 61s (a success resets the global back-off) and succeeds at 81s.
export default {
  id: 'indexed3/elastic-scale-down-out-of-range-then-newest',
  source: 'pkg/controller/job/indexed_job_utils.go appendDuplicatedIndexPodsForRemoval (ix >= completions to rm); job_controller.go activePodsForRemoval (then controller.ActivePods order: newer first), deleteJobPods (finalizer removed: not counted); reference §2.6 step 3, §15 item 4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sd}
spec:
  behaviors:
    - selector: {matchLabels: {app: sd}}
      duration: 60s
      perIndex:
        "1": {duration: 20s, exitCodes: [1, 1, 0]}
  timeline:
    - {at: 35s, patch: {kind: Job, name: sd, spec: {completions: 2, parallelism: 2}}}
    - {at: 35s, patch: {kind: Job, name: sd, spec: {parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sd}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  template:
    metadata: {labels: {app: sd}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const del = h.events({ kind: 'Job', name: 'sd', reason: 'SuccessfulDelete' }).map((e) => [e.message.replace(/^Deleted pod: (sd-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]).sort();
    h.eq(del, [['sd-1', 35], ['sd-2', 35], ['sd-3', 35]], 'deletions at the scale-down');
    const ix1 = h.podsOf('sd').filter((p) => p.metadata.name.startsWith('sd-1-')).map((p) => [h.sec(p.metadata.creationTimestamp), h.exitCodeOf(p)]);
    h.eq(ix1, [[0, 1], [30, 143], [61, 0]], 'index 1 pods [created, exit code]');
    const job = h.job('sd');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes, h.sec(job.status.completionTime)], [1, 2, '0,1', 82], '[failed, succeeded, completedIndexes, completionTime]');
  },
};
