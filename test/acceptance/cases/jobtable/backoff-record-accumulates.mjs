// TestNewBackoffRecord rows "Empty backoff store, two failures followed by success" / "... with
// success and failure at same timestamp" (the record stays empty), "Backoff store having failure count
// 2 and one new failure" (new failures add to the count) and "two failures followed by success" again
// (a later success empties it). Indexed, completions 5, parallelism 5 (one global record):
// 10s: indexes 0 and 1 fail, index 2 succeeds (same second): empty record, 0 and 1 re-created at 11s;
// 11.5s: indexes 3 and 4 fail: two failures -> 20s from 11s (finishedAt "…:11Z"), i.e. at 31s; but the
// retries of 0 and 1 succeed at 21s, which empties the record: 3 and 4 are re-created at 22s.
export default {
  id: 'jobtable/backoff-record-accumulates',
  source: 'backoff_utils_test.go TestNewBackoffRecord; backoff_utils.go newBackoffRecord, getRemainingTime; job_controller.go manageJob; reference §3.2-3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: acc}
spec:
  behaviors:
  - selector: {matchLabels: {app: acc}}
    duration: 10s
    perIndex:
      "0": {exitCodes: [1, 0]}
      "1": {exitCodes: [1, 0]}
      "3": {duration: 11500ms, exitCodes: [1, 0]}
      "4": {duration: 11500ms, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: acc}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  template:
    metadata: {labels: {app: acc}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    h.eq(h.podsOf('acc').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase]), [
      ['0', 0, 'Failed'], ['1', 0, 'Failed'], ['2', 0, 'Succeeded'], ['3', 0, 'Failed'], ['4', 0, 'Failed'],
      ['0', 11, 'Succeeded'], ['1', 11, 'Succeeded'], ['3', 22, 'Succeeded'], ['4', 22, 'Succeeded'],
    ], 'pods [index, created, phase]');
    const job = h.job('acc');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes], [5, 4, '0-4'], '[succeeded, failed, completedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 34, 'Complete (33.5s + 1s batching)');
  },
};
