// Per-index back-off: each index counts from its own failure. Index 0 (10s runs) fails at 10s and 30s,
// index 1 (15s runs) at 15s and 40s: index 0 is retried at 20s and 50s, index 1 at 25s and 60s.
export default {
  id: 'backoff/blpi-two-indexes-own-clocks',
  source: 'job_controller.go getPodCreationInfoForIndependentIndexes (indexes whose remaining time is 0 are created, else requeue after the minimum); backoff_utils.go getRemainingTimePerIndex; reference job-controller §3.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: g }
spec:
  behaviors:
  - selector: { matchLabels: { app: g } }
    duration: 10s
    exitCodes: [1, 1, 0]
    perIndex:
      "1": { duration: 15s, exitCodes: [1, 1, 0] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: g }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 2
  template:
    metadata: { labels: { app: g } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const pods = h.podsOf('g');
    const byIdx = (i) => pods.filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === String(i)).map((p) => h.sec(p.metadata.creationTimestamp));
    h.eq(byIdx(0), [0, 20, 50], 'index 0 creations');
    h.eq(byIdx(1), [0, 25, 60], 'index 1 creations');
    const job = h.job('g');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes], [4, 2, ''], '[failed, succeeded, failedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 76, 'Complete at 76s');
  },
};
