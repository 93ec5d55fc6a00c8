// maxFailedIndexes: 0 — one failed index already exceeds it (">"): the Job stops at the first failed index instead of
// running the others to the end.
export default {
  id: 'indexed/max-failed-indexes-zero',
  source: 'job_controller.go syncJob (failedIndexes.total() > *MaxFailedIndexes); reference §2.4 step 6, §15 item 9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mfi0}
spec:
  behaviors:
    - selector: {matchLabels: {app: m0}}
      duration: 1h
      perIndex:
        "2": {duration: 5s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m0}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  template:
    metadata: {labels: {app: m0}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('m0');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'MaxFailedIndexesExceeded', 6], ['Failed', 'MaxFailedIndexesExceeded', 7]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes], [4, '2'], '[failed (1 + 3 killed), failedIndexes]');
    h.eq(h.podsOf('m0').length, 4, 'no pod re-created');
  },
};
