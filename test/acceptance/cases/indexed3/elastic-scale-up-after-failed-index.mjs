// Elastic scale-up of a Job with a failed index: 2/2 with backoffLimitPerIndex 0, index 1 fails at 10s (failedIndexes
// "1"), index 0 runs 60s. Scaled to 3/3 at 30s: index 2 is created at once (spec change: immediate sync) with
// failure-count "0"; it succeeds at 40s, index 0 at 60s. Every index is then resolved: FailedIndexes at 61s, with
// completedIndexes "0,2".
export default {
  id: 'indexed3/elastic-scale-up-after-failed-index',
  source: 'pkg/apis/batch/validation ValidateJobSpecUpdate (completions mutable with parallelism for Indexed); job_controller.go syncJob (failedIndexes + succeededIndexes >= completions), firstPendingIndexes; reference §1.3, §2.4 step 6, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: up}
spec:
  behaviors:
    - selector: {matchLabels: {app: up}}
      duration: 10s
      perIndex:
        "0": {duration: 60s}
        "1": {exitCodes: [1]}
  timeline:
    - {at: 30s, patch: {kind: Job, name: up, spec: {completions: 3, parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: up}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: up}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('up').map((p) => [p.metadata.name.slice(0, 5), h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase]);
    h.eq(pods, [['up-0-', 0, '0', 'Succeeded'], ['up-1-', 0, '0', 'Failed'], ['up-2-', 30, '0', 'Succeeded']], 'pods');
    const job = h.job('up');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded], ['1', '0,2', 1, 2], '[failedIndexes, completedIndexes, failed, succeeded]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 61], ['Failed', 'FailedIndexes', 61]], 'conditions');
  },
};
