// metav1.Time has second precision: the failure at 11.6s reaches the Job controller as finishedAt 11s. Index 0
// succeeds at 10s (sync 11s: only a success); index 1 fails at 11.6s (sync 12.6s: n=1, lastFailureTime 11s,
// remaining 10 - 1.6 = 8.4s): the replacement is created at 21.0s, runs 11.6s to 32.6s, and the Job completes
// at 33.6s (written 33s). Counting from 11.6s would give 21.6s and 34s.
export default {
  id: 'backoff/failure-time-second-precision',
  source: 'apimachinery meta/v1 time_proto.go ProtoTime (Nanos dropped: second precision), Time.MarshalJSON (RFC3339 seconds); backoff_utils.go getFinishedTime, getRemainingTime; reference job-controller §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: c }
spec:
  behaviors:
  - selector: { matchLabels: { app: c } }
    duration: 10s
    exitCodes: [0]
    perIndex:
      "1": { duration: 11600ms, exitCodes: [1, 0] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: c }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: c } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const pods = h.podsOf('c');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['1', 21]], '[index, creation]');
    const job = h.job('c');
    h.eq([job.status.succeeded, job.status.failed], [2, 1], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 33, 'Complete at 33s');
  },
};
