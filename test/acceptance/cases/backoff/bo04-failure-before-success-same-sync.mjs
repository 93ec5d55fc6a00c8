// A failure at 10.0s and a success at 10.5s seen in the same sync (11s): the failure is not after the latest
// success, so the record is empty and the failed index is re-created at once (11s).
export default {
  id: 'backoff/failure-before-success-same-sync',
  source: 'backoff_utils.go newBackoffRecord ("Empty backoff store, two failures followed by success" row of TestNewBackoffRecord); reference job-controller §3.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  behaviors:
  - selector: { matchLabels: { app: d } }
    duration: 10500ms
    exitCodes: [0]
    perIndex:
      "1": { duration: 10s, exitCodes: [1, 0] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: d }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: d } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const pods = h.podsOf('d');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['1', 11]], '[index, creation]');
    const job = h.job('d');
    h.eq([job.status.succeeded, job.status.failed], [2, 1], '[succeeded, failed]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 22, 'Complete at 22s');
  },
};
