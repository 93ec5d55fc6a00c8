// completions 6, parallelism 3: index 1 runs 35s, the others 10s. +11s: indexes 3 and 4 (the lowest
// pending) are created; +22s: index 5; Complete at +36s (index 1 done at +35s) with completedIndexes "0-5".
export default {
  id: 'jobtbl2/first-pending-indexes-order',
  source: 'indexed_job_utils_test.go TestFirstPendingIndices; indexed_job_utils.go firstPendingIndexes (lowest indexes not succeeded and without an active pod); reference §2.6 step 4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 10s
    perIndex:
      "1": { duration: 35s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 6
  parallelism: 3
  completionMode: Indexed
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const c = h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq(h.sec(c.lastTransitionTime), 36, 'Complete');
    h.eq([j.status.succeeded, j.status.completedIndexes], [6, '0-5'], '[succeeded, completedIndexes]');
    h.eq(h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['2', 0], ['3', 11], ['4', 11], ['5', 22]], 'pods');
  },
};
