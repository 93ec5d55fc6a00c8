// Index 0 fails with an ignored code (not counted, replaced at +20s after the back-off); index 1
// then exits 5 (FailJob) at +25s: FailureTarget at +26s, the running replacement of index 0 is
// deleted and counted; status.failed 2 (the ignored failure never counts).
export default {
  id: 'policy/ignore-and-failjob-mixed',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers (Ignore not added to uncounted failed; running pods counted failed on a failure finish); job-controller.md §2.3, §2.7, §5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: m }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    perIndex:
      "0": { duration: 10s, exitCodes: [1, 0] }
      "1": { duration: 25s, exitCodes: [5] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [1] } }
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['0', 20]], 'pods [index, created]');
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', 26], ['Failed', 'PodFailurePolicy', 27]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0], [2, 0], '[failed, succeeded]');
  },
};
