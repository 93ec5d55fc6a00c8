// Per-index back-off grows with the index's own failure count (10s, 20s, 40s from each failure's finish), independently
// of other indexes; a success of another index does not reset it.
export default {
  id: 'indexed/blpi-per-index-exponential',
  source: 'test/integration/job TestBackoffLimitPerIndex_JobPodsCreatedWithExponentialBackoff (validateExpotentialBackoffDelay per index); backoff_utils.go getRemainingTimePerIndex; reference §3.3, §3.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pe}
spec:
  behaviors:
    - selector: {matchLabels: {app: pe}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 1, 1, 0]}
        "1": {exitCodes: [1, 0], duration: 25s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pe}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 3
  template:
    metadata: {labels: {app: pe}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const by = (ix) => h.podsOf('pe').filter((p) => p.metadata.name.startsWith(`pe-${ix}-`))
      .map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase]);
    h.eq(by(0), [[0, '0', 'Failed'], [20, '1', 'Failed'], [50, '2', 'Failed'], [100, '3', 'Succeeded']], 'index 0 pods');
    h.eq(by(1), [[0, '0', 'Failed'], [35, '1', 'Succeeded']], 'index 1 pods');
    const job = h.job('pe');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, h.sec(job.status.completionTime)], [4, 2, '', 111], '[failed, succeeded, failedIndexes, completionTime]');
  },
};
