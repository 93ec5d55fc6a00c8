// Job concept page, "Backoff limit per index": "a failing index does not interrupt execution of other indexes. Once all
// indexes finish for a Job where you specified a backoff limit per index, if at least one of those indexes did fail,
// the Job controller marks the overall Job as failed". backoffLimitPerIndex 1: index 0 fails at 10s, is retried after
// its own 10s back-off (20s, failure-count annotation "1") and fails again at 30s: failedIndexes "0" from 31s, while
// indexes 1 and 2 run on to 60s; at 61s FailureTarget and Failed, reason FailedIndexes.
export default {
  id: 'jobdocs/j15-blpi-failed-index-does-not-interrupt',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#backoff-limit-per-index; job_controller.go syncJob (failedIndexes.total() > 0 && failed+succeeded >= completions -> JobReasonFailedIndexes "Job has failed indexes"); indexed_job_utils.go addIndexFailureCountAnnotation',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: blpi }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: blpi } }
    duration: 60s
    perIndex:
      "0": { duration: 10s, exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: blpi
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimitPerIndex: 1
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('blpi');
    const idx0 = pods.filter((p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(idx0.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase]), [[0, '0', 'Failed'], [20, '1', 'Failed']], 'index 0 attempts');
    h.eq(pods.length, 4, 'pods');
    const job = h.job('blpi');
    h.eq([job.status.completedIndexes, job.status.failedIndexes, job.status.succeeded, job.status.failed], ['1,2', '0', 2, 2], 'status');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 61], ['Failed', 'FailedIndexes', 'Job has failed indexes', 61]], 'conditions');
  },
};
