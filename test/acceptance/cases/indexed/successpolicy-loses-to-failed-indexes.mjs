// successPolicy succeededCount: 1 with backoffLimitPerIndex: 0 on 2 indexes: index 0 fails, then index 1 succeeds;
// every index is now resolved with one failed, so FailedIndexes is decided before the success policy is looked at:
// the Job fails (FailureTarget, Failed: FailedIndexes), never SuccessCriteriaMet.
export default {
  id: 'indexed/successpolicy-loses-to-failed-indexes',
  source: 'test/integration/job TestSuccessPolicy "job with successPolicy and backoffLimitPerIndex; job has a Failed condition if job meets backoffLimitPerIndex"; job_controller_test.go TestSyncJobWithJobSuccessPolicy "job has a failed condition when job meets to both successPolicy and backoffLimitPerIndex"; reference §2.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp6}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp6}}
      duration: 20s
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp6}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  successPolicy:
    rules:
    - succeededCount: 1
  template:
    metadata: {labels: {app: sp6}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp6');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 21], ['Failed', 'FailedIndexes', 'Job has failed indexes', 21]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [1, 1, '0', '1'], '[failed, succeeded, failedIndexes, completedIndexes]');
  },
};
