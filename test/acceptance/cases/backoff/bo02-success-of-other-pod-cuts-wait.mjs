// Index 0 fails at 10s (replacement due at 20s); index 1 succeeds at 15s. The sync at 16s sees a new success
// and no new failure: the record is reset (n=0) and index 0 is re-created at once at 16s, not at 20s, together
// with index 2 (index 1's success freed a slot). Both succeed at 26s; Complete at 27s.
export default {
  id: 'backoff/success-of-other-pod-cuts-wait',
  source: 'backoff_utils.go newBackoffRecord (new successes and no failures -> failuresAfterLastSuccess 0, lastFailureTime nil); reference job-controller §3.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: b }
spec:
  behaviors:
  - selector: { matchLabels: { app: b } }
    duration: 10s
    exitCodes: [0]
    perIndex:
      "0": { duration: 10s, exitCodes: [1, 0] }
      "1": { duration: 15s, exitCodes: [0] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  template:
    metadata: { labels: { app: b } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const pods = h.podsOf('b');
    const rows = pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]);
    h.eq(rows, [['0', 0], ['1', 0], ['0', 16], ['2', 16]], '[index, creation] of pods');
    const job = h.job('b');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes], [3, 1, '0-2'], '[succeeded, failed, completedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 27, 'Complete at 27s');
  },
};
