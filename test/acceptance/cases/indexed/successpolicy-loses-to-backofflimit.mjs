// successPolicy with an explicit backoffLimit: 1: index 0 fails at 10s and again at 30s while index 1 succeeds at 30s;
// in that sync failed 2 > 1, so BackoffLimitExceeded is decided before the success policy is looked at.
export default {
  id: 'indexed/successpolicy-loses-to-backofflimit',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with successPolicy and backoffLimit; ... job has a failed condition when job meets to both successPolicy and backoffLimit" (Failed 2, Succeeded 1); reference §2.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp9}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp9}}
      duration: 30s
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp9}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 1
  successPolicy:
    rules:
    - succeededIndexes: "0,1"
      succeededCount: 1
  template:
    metadata: {labels: {app: sp9}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('sp9').filter((p) => p.metadata.name.startsWith('sp9-0-'));
    h.eq(ix0.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'index 0 pods created at');
    const job = h.job('sp9');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'BackoffLimitExceeded', 31], ['Failed', 'BackoffLimitExceeded', 31]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes], [2, 1, '1'], '[failed, succeeded, completedIndexes]');
  },
};
