// Elastic Indexed Job 6/6: indexes 0-4 succeed at 10s (completedIndexes "0-4"), index 5 runs 1h. Scaled to 3/3 at 30s:
// the parsed completedIndexes is clipped to completions ("0-4" -> "0-2", succeeded 3), the pod of index 5 (out of
// range) is deleted and not counted as failed, and as succeeded >= completions with no active pod, SuccessCriteriaMet
// (CompletionsReached) is written in that same sync; Complete follows once the deleted pod is gone (it exits on SIGTERM
// at once: Complete at 31s).
export default {
  id: 'indexed3/elastic-scale-down-clips-completed-range',
  source: 'pkg/controller/job/indexed_job_utils.go parseIndexesFromString (Last clipped to completions-1), appendDuplicatedIndexPodsForRemoval (ix >= completions removed); job_controller.go manageJob, syncJob completion check after manageJob; test/integration/job TestElasticIndexedJob; reference §2.3, §2.6, §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: clip}
spec:
  behaviors:
    - selector: {matchLabels: {app: clip}}
      duration: 10s
      perIndex:
        "5": {duration: 1h}
  timeline:
    - {at: 30s, patch: {kind: Job, name: clip, spec: {completions: 3, parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: clip}
spec:
  completionMode: Indexed
  completions: 6
  parallelism: 6
  template:
    metadata: {labels: {app: clip}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('clip');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0, job.status.terminating],
      ['0-2', 3, 0, 0, 0], '[completedIndexes, succeeded, failed, active, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['SuccessCriteriaMet', 'CompletionsReached', 30], ['Complete', 'CompletionsReached', 31]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'clip', reason: 'SuccessfulDelete' }).map((e) => [e.message.slice(0, 20), h.sec(e.firstTimestamp)]), [['Deleted pod: clip-5-', 30]], 'deletions');
    h.eq(h.sec(job.status.completionTime), 31, 'completionTime');
  },
};
