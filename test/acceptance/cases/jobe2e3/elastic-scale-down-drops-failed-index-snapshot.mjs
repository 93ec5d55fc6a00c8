// The same Job read at 20s (--duration 20s), before the scale-down: index 2 is a failed index right after its first
// failure (backoffLimitPerIndex 0): failedIndexes "2", failed 1, active 2, no replacement, no condition yet (indexes 0 and
// 1 are still running, so failed + succeeded indexes < completions).
export default {
  id: 'jobe2e3/elastic-scale-down-drops-failed-index-snapshot',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex "job continues execution after a failed index, the job is marked Failed due to the failed index" (first step: wantActive 1, wantFailed 1, wantFailedIndexes "0"); job_controller.go syncJob (FailedIndexes only when failedIndexes.total()+succeededIndexes.total() >= completions)',
  args: ['--duration', '20s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: es}
spec:
  behaviors:
    - selector: {matchLabels: {app: es}}
      duration: 60s
      perIndex:
        "2": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: es}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: es}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('es');
    h.eq([job.status.active, job.status.ready, job.status.failed, job.status.failedIndexes, job.status.conditions], [2, 2, 1, '2', undefined], '[active, ready, failed, failedIndexes, conditions]');
    h.eq(h.podsOf('es').length, 3, 'no replacement for the failed index');
  },
};
