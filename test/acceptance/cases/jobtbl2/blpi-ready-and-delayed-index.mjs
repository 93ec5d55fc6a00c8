// completions 3, parallelism 2, backoffLimitPerIndex 2. At +5s index 0 fails and index 1 succeeds.
// Sync at +6s: the lowest pending indexes are 0 and 2; index 2 is created now, index 0 waits for its
// per-index back-off (10s from +5s) and is re-created at +15s (failure-count 1). Complete once
// index 2 (60s) ends: +67s.
export default {
  id: 'jobtbl2/blpi-ready-and-delayed-index',
  source: 'job_controller.go manageJob -> getPodCreationInfoForIndependentIndexes (indexes with remaining 0 now, the others wait; requeue with the minimum remaining time only when none can be created); job_controller_test.go TestGetPodCreationInfoForIndependentIndexes; backoff_utils.go getRemainingTimePerIndex; reference §2.6 step 4, §3.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 60s
    perIndex:
      "0": { duration: 5s, exitCodes: [1, 0] }
      "1": { duration: 5s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 3
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 2
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const c = h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq(h.sec(c.lastTransitionTime), 67, 'Complete');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes, j.status.failedIndexes], [1, 3, '0-2', ''], '[failed, succeeded, completedIndexes, failedIndexes]');
    const ann = (p) => p.metadata.annotations;
    h.eq(h.podsOf('x').map((p) => [ann(p)['batch.kubernetes.io/job-completion-index'], ann(p)['batch.kubernetes.io/job-index-failure-count'], h.sec(p.metadata.creationTimestamp)]), [['0', '0', 0], ['1', '0', 0], ['2', '0', 6], ['0', '1', 15]], 'pods');
  },
};
