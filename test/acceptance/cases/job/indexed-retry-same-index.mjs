// A failed index is re-created with the same index (name <job>-1-...), after the global back-off, which a success of
// another index resets.
export default {
  id: 'job/indexed-retry-same-index',
  source: 'indexed_job_utils.go firstPendingIndexes; backoff_utils.go newBackoffRecord; reference §2.6 step 4, §3.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ixf}
spec:
  behaviors:
    - selector: { matchLabels: { app: ixf } }
      duration: 10s
      perIndex:
        "1": { exitCodes: [1, 1, 0], duration: 5s }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ixf
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata:
      labels: { app: ixf }
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ixf').filter((p) => p.metadata.name.startsWith('ixf-1-'));
    // index 1 fails at 5 (retry due at 15), but indexes 0 and 2 succeed at 10: the sync at 11 resets the back-off
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [11, 'Failed'], [26, 'Succeeded']], 'index 1 pods');
    const job = h.job('ixf');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed], ['0-2', 3, 2], '[completedIndexes, succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 32, 'Complete time');
  },
};
