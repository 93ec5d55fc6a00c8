// The TTL counts from Failed whatever its reason: Indexed, backoffLimitPerIndex 0, index 1 exits 1 at 10s, index 0 runs 30s.
// The Job fails FailedIndexes only once every index is resolved (index 0 succeeds at 30s, batched sync at 31s: FailureTarget
// and Failed together, nothing terminating), failedIndexes "1", completedIndexes "0". ttlSecondsAfterFinished 10: deleted at 41s.
export default {
  id: 'deadlines/ttl-indexed-failed-indexes',
  source: 'pkg/controller/job/job_controller.go syncJob (FailedIndexes when failed + succeeded indexes >= completions); ttlafterfinished_controller.go jobFinishTime/timeLeft; reference job-controller §2.4 step 6, §10',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
    - selector: {matchLabels: {app: fi}}
      duration: 30s
      perIndex:
        "1": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fi}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  ttlSecondsAfterFinished: 10
  template:
    metadata: {labels: {app: fi}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('fi');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 31], ['Failed', 'FailedIndexes', 'Job has failed indexes', 31]], 'conditions');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.succeeded, job.status.failed], ['1', '0', 1, 1], '[failedIndexes, completedIndexes, succeeded, failed]');
    h.eq(h.sec(job.metadata.deletionTimestamp), 41, 'Job deletionTimestamp');
    h.eq(h.podsOf('fi').map((p) => h.sec(p.metadata.deletionTimestamp)), [41, 41], 'pods collected with the Job');
  },
};
