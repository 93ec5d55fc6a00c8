// Indexed without backoffLimitPerIndex (one global record). Index 0 always fails (10s runs): 0, 20, 50, 100, 190.
// Index 1 runs 200s and succeeds at 200s, the instant index 0's fifth pod fails: that failure is not after the
// success, the record is emptied, and index 0 is re-created at once (201s). Then fail 211 -> +10s -> 221; fail 231:
// failed 7 > 6, Failed at 232s.
export default {
  id: 'backoff/success-same-instant-as-failure-resets',
  source: 'backoff_utils.go newBackoffRecord (new successes and failures: count only failures strictly after the last success); reference job-controller §3.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: t }
spec:
  behaviors:
  - selector: { matchLabels: { app: t } }
    duration: 10s
    exitCodes: [1]
    perIndex:
      "1": { duration: 200s, exitCodes: [0] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: t }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: t } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const pods = h.podsOf('t');
    const byIdx = (i) => pods.filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === String(i)).map((p) => h.sec(p.metadata.creationTimestamp));
    h.eq(byIdx(0), [0, 20, 50, 100, 190, 201, 221], 'index 0 creations');
    h.eq(byIdx(1), [0], 'index 1 creations');
    const job = h.job('t');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes], [7, 1, '1'], '[failed, succeeded, completedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 232, 'Failed at 232s');
  },
};
