// e2e "should record the failure-count in the Pod annotation when using backoffLimitPerIndex": every pod fails,
// backoffLimitPerIndex 1; each index runs twice with job-index-failure-count "0" then "1"; failedIndexes "0,1",
// completedIndexes "", failed 4, succeeded 0.
export default {
  id: 'e2e/failure-count-annotation',
  source: 'test/e2e/apps/job.go "should record the failure-count in the Pod annotation when using backoffLimitPerIndex" (tracked annotations {0: [0,1], 1: [0,1]}; FailedIndexes "0,1", CompletedIndexes "", Failed 4); reference job-controller §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: e2e-backofflimitperindex-abcde}
spec:
  parallelism: 2
  completions: 2
  backoffLimitPerIndex: 1
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 1s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, exit 1]}]
      restartPolicy: Never
`,
  check(r, h) {
    const seen = {};
    for (const p of h.podsOf('e2e-backofflimitperindex-abcde')) {
      const i = p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
      (seen[i] ??= []).push(p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']);
    }
    h.eq(seen, { 0: ['0', '1'], 1: ['0', '1'] }, 'failure-count annotations per index');
    const job = h.job('e2e-backofflimitperindex-abcde');
    h.eq([job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.failed, job.status.succeeded ?? 0], ['0,1', '', 4, 0], 'status');
    h.hasCond(job, 'Failed', 'FailedIndexes');
  },
};
