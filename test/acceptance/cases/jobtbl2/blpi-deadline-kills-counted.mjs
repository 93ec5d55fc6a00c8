// backoffLimitPerIndex 1, activeDeadlineSeconds 25. Index 1 fails at +10s (kept uncounted until its
// replacement), is replaced at +20s (failure-count 1; the first failure is counted then); at +25s the
// deadline fails the Job: both running pods are deleted and counted failed (failed 3). Index 1 is not
// a failed index (its running pod never failed on its own): failedIndexes "".
export default {
  id: 'jobtbl2/blpi-deadline-kills-counted',
  source: 'job_controller_test.go TestSyncJobPastDeadline + TestSyncJobWithJobBackoffLimitPerIndex; job_controller.go syncJob (pastActiveDeadline before the per-index checks), trackJobStatusAndRemoveFinalizers (finishedCondition failure: running pods counted); backoff_utils.go getRemainingTimePerIndex; reference §2.4 steps 5-6, §3.4, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 60s
    perIndex:
      "1": { duration: 10s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 1
  activeDeadlineSeconds: 25
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'DeadlineExceeded');
    const f = h.hasCond(j, 'Failed', 'DeadlineExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [25, 26, 'Job was active longer than specified deadline'], 'conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0, j.status.failedIndexes, j.status.completedIndexes ?? '', j.status.active ?? 0, j.status.terminating], [3, 0, '', '', 0, 0], '[failed, succeeded, failedIndexes, completedIndexes, active, terminating]');
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], h.sec(p.metadata.creationTimestamp)]), [['0', '0', 0], ['1', '0', 0], ['1', '1', 20]], 'pods (index, failure-count, created)');
  },
};
