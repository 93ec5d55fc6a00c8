// FailIndex: index 0 exits 3 and is failed at once although backoffLimitPerIndex allows a retry;
// index 1 succeeds; every index resolved with one failed: FailureTarget then Failed, reason
// FailedIndexes "Job has failed indexes", at +11s; failedIndexes "0", completedIndexes "1".
export default {
  id: 'policy/failindex-exit-code',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "FailIndex rule matched for exit codes"; job-controller.md §5 (FailIndex), §6, §2.4 step 6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: f }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    perIndex:
      "0": { exitCodes: [3] }
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
    - { action: FailIndex, onExitCodes: { operator: In, values: [3] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    const m = 'Job has failed indexes';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', m, 11], ['Failed', 'FailedIndexes', m, 11]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [1, 1, '0', '1'], '[failed, succeeded, failedIndexes, completedIndexes]');
    h.eq(h.podsOf('x').length, 2, 'no retry of index 0');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message]), [['FailedIndexes', m]], 'event');
  },
};
