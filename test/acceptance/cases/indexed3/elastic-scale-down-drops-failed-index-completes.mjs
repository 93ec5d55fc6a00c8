// backoffLimitPerIndex 0, 3/3: index 2 fails at 10s (failedIndexes "2"). Scaled to 2/2 at 30s: failedIndexes is parsed
// against the new completions and the out-of-range index is dropped (written ""), so when indexes 0 and 1 succeed
// (60s) the Job is Complete (CompletionsReached), not Failed; status.failed keeps the counted failure.
export default {
  id: 'indexed3/elastic-scale-down-drops-failed-index-completes',
  source: 'pkg/controller/job/indexed_job_utils.go calculateFailedIndexes (parseIndexesFromString with the current completions); job_controller.go syncJob completion check; reference §6 ("previous failedIndexes (dropping >= completions)"), §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dfc}
spec:
  behaviors:
    - selector: {matchLabels: {app: dfc}}
      duration: 60s
      perIndex:
        "2": {duration: 10s, exitCodes: [1]}
  timeline:
    - {at: 30s, patch: {kind: Job, name: dfc, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dfc}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: dfc}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('dfc');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded], ['', '0,1', 1, 2], '[failedIndexes, completedIndexes, failed, succeeded]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 61], ['Complete', 'CompletionsReached', 61]], 'conditions');
  },
};
