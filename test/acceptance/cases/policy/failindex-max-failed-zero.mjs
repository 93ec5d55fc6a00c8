// FailIndex with maxFailedIndexes 0: the first failed index exceeds it: FailureTarget
// MaxFailedIndexesExceeded at +11s, the other index's running pod is deleted and counted
// failed; Failed at +12s once it is terminal.
export default {
  id: 'policy/failindex-max-failed-zero',
  source: 'job-controller.md §2.4 step 6, §2.5, §6; job_controller.go syncJob (MaxFailedIndexesExceeded)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: f }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "0": { duration: 10s, exitCodes: [3] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  maxFailedIndexes: 0
  podFailurePolicy:
    rules:
    - { action: FailIndex, onExitCodes: { operator: In, values: [3] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    const m = 'Job has exceeded the specified maximal number of failed indexes';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'MaxFailedIndexesExceeded', m, 11], ['Failed', 'MaxFailedIndexesExceeded', m, 12]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.terminating, job.status.active ?? 0], [2, '0', 0, 0], '[failed, failedIndexes, terminating, active]');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Deleted pod: x-1-vqbl8', 11]], 'deleted');
  },
};
