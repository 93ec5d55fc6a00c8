// FailJob fails the whole Job even with backoffLimitPerIndex: index 0 exits 5 at +10s,
// FailureTarget at +11s, index 1's running pod is deleted and counted; no index is failed
// (failedIndexes ""), failed 2; Failed at +12s once nothing is terminating.
export default {
  id: 'policy/failjob-with-backofflimitperindex',
  source: 'job_controller.go syncJob (FailJob before per-index evaluation); job-controller.md §2.4, §2.7, §6; TestSyncJobWithJobPodFailurePolicy "fail indexed job based on OnExitCodes"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: f }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "0": { duration: 10s, exitCodes: [5] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    const msg = 'Container main-container for pod default/x-0-bn7wn failed with exit code 5 matching FailJob rule at index 0';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'PodFailurePolicy', msg, 11], ['Failed', 'PodFailurePolicy', msg, 12]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.completedIndexes ?? ''], [2, '', ''], '[failed, failedIndexes, completedIndexes]');
    h.eq(h.podsOf('x').length, 2, 'no retry');
  },
};
