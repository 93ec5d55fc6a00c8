// Two pods of one Job failing 5s apart: the second failure (seen at 16s) raises the count to 2 and moves the
// last-failure time to 15s, so the delay becomes 20s from 15s: both replacements wait until 35s (not 20s).
// Next round: failures at 45s and 50s -> n=4, 80s from 50s -> 130s. Then failures at 140s/145s: failed 6 > 5.
export default {
  id: 'backoff/parallel-failures-different-instants',
  source: 'backoff_utils.go newBackoffRecord (only failures: n += len, lastFailureTime = latest finish) and getRemainingTime; job_controller.go manageJob (global remainingTime gate, enqueueSyncJobWithDelay); reference job-controller §3.2-3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: a }
spec:
  behaviors:
  - selector: { matchLabels: { app: a } }
    duration: 10s
    exitCodes: [1]
    perIndex:
      "1": { duration: 15s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 5
  template:
    metadata: { labels: { app: a } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const pods = h.podsOf('a');
    const byIdx = (i) => pods.filter((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === String(i)).map((p) => h.sec(p.metadata.creationTimestamp));
    h.eq(byIdx(0), [0, 35, 130], 'index 0 pod creations');
    h.eq(byIdx(1), [0, 35, 130], 'index 1 pod creations');
    const job = h.job('a');
    h.eq(job.status.failed, 6, 'status.failed');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 146, 'Failed at 146s');
  },
};
