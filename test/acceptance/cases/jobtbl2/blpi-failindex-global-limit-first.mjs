// Explicit backoffLimit 1 with backoffLimitPerIndex 2: indexes 0 and 1 exit 3 (FailIndex) at +10s. The
// global limit is checked first: failed 2 > 1 gives BackoffLimitExceeded (not FailedIndexes), index 2
// is deleted and counted (failed 3); failedIndexes "0,1" is still written. Failed at +12s.
export default {
  id: 'jobtbl2/blpi-failindex-global-limit-first',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job failed due to exceeding backoffLimit before backoffLimitPerIndex"; job_controller.go syncJob (exceedsBackoffLimit before the per-index block; calculateFailedIndexes whatever the finishedCondition); reference §2.4 steps 4 and 6, §6 last bullet',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 60s
    perIndex:
      "0": { duration: 10s, exitCodes: [3] }
      "1": { duration: 10s, exitCodes: [3] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimit: 1
  backoffLimitPerIndex: 2
  podFailurePolicy:
    rules:
    - { action: FailIndex, onExitCodes: { operator: In, values: [3] } }
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [11, 12], 'FailureTarget, Failed');
    h.eq([j.status.failed, j.status.failedIndexes, j.status.terminating, j.status.active ?? 0], [3, '0,1', 0, 0], '[failed, failedIndexes, terminating, active]');
    h.eq(h.podsOf('x').length, 3, 'pods');
  },
};
