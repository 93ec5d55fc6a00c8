// A template that already carries batch.kubernetes.io/job-index-ignored-failure-count "3": addIndexFailureCountAnnotation
// always writes job-index-failure-count, but writes the ignored count only when > 0, so the template's "3" stays on the
// first pod. The per-index delay then uses n = 0 + 3 + 1 = 4 (80s): index 0 fails at 10s and is retried at 90s with
// failure-count "1" and the ignored count still "3".
export default {
  id: 'indexed3/tmpl-ignored-count-annotation-kept',
  source: 'pkg/controller/job/indexed_job_utils.go addIndexFailureCountAnnotation (ignored count written only when > 0), getNewIndexFailureCounts; backoff_utils.go getRemainingTimePerIndex (getIndexAbsoluteFailureCount + 1); reference §3.4, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tic}
spec:
  behaviors:
    - selector: {matchLabels: {app: tic}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: tic}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata:
      labels: {app: tic}
      annotations: {batch.kubernetes.io/job-index-ignored-failure-count: "3"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('tic').filter((p) => p.metadata.name.startsWith('tic-0-'));
    h.eq(ix0.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'],
      p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'], p.status.phase]),
      [[0, '0', '3', 'Failed'], [90, '1', '3', 'Succeeded']], 'index 0 pods [created, failure-count, ignored-count, phase]');
    const job = h.job('tic');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes, job.status.failedIndexes, h.sec(job.status.completionTime)],
      [1, 2, '0,1', '', 101], '[failed, succeeded, completedIndexes, failedIndexes, completionTime]');
  },
};
