// backoffLimitPerIndex 1: index 0 fails at 10s (retry due at 20s). Scaled 2/2 -> 3/3 at 12s: the new index 2 has no
// failed pod and is created at once (12s), while index 0 still waits for its own back-off and is re-created at 20s
// with failure-count "1" (getPodCreationInfoForIndependentIndexes creates the indexes that are ready, the next sync
// requeues for the others).
export default {
  id: 'indexed3/elastic-scale-up-during-index-backoff',
  source: 'pkg/controller/job/job_controller.go manageJob, getPodCreationInfoForIndependentIndexes; backoff_utils.go getRemainingTimePerIndex; reference §3.4, §2.6 step 4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: eb}
spec:
  behaviors:
    - selector: {matchLabels: {app: eb}}
      duration: 30s
      perIndex:
        "0": {duration: 10s, exitCodes: [1, 0]}
  timeline:
    - {at: 12s, patch: {kind: Job, name: eb, spec: {completions: 3, parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: eb}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: eb}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = h.podsOf('eb').map((p) => [p.metadata.name.slice(0, 5), h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]);
    h.eq(created, [['eb-0-', 0, '0'], ['eb-1-', 0, '0'], ['eb-2-', 12, '0'], ['eb-0-', 20, '1']], 'pods [prefix, created, failure-count]');
    const job = h.job('eb');
    h.eq([job.status.completedIndexes, job.status.failed, job.status.failedIndexes, h.sec(job.status.completionTime)], ['0-2', 1, '', 43], '[completedIndexes, failed, failedIndexes, completionTime]');
  },
};
