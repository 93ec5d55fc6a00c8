// backoffLimitPerIndex 0, index 1 always fails: failedIndexes "1", completedIndexes "0,2", failed 1, the Job fails with
// reason FailedIndexes once every index is finished; no completionTime.
export default {
  id: 'jobstatus2/blpi-failed-index-final-status',
  source: 'pkg/controller/job/job_controller.go syncJob (failedIndexes.total()+succeededIndexes.total() >= completions → JobReasonFailedIndexes "Job has failed indexes")',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "1"}}
    duration: 5s
    exitCodes: [1]
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('b');
    const s = j.status;
    h.eq([s.failedIndexes, s.completedIndexes, s.succeeded, s.failed, s.active, s.completionTime], ['1', '0,2', 2, 1, undefined, undefined], '[failedIndexes, completedIndexes, succeeded, failed, active, completionTime]');
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastProbeTime)]), [
      ['FailureTarget', 'True', 'FailedIndexes', 'Job has failed indexes', 11, 11],
      ['Failed', 'True', 'FailedIndexes', 'Job has failed indexes', 11, 11],
    ], 'conditions');
  },
};
