// e2e "should execute all indexes despite some failing when using backoffLimitPerIndex": completions 4,
// parallelism 2, backoffLimitPerIndex 1, odd indexes always fail, even ones succeed. Every index runs; each odd index
// fails twice (1 retry); the Job fails with FailedIndexes once all indexes are resolved.
export default {
  id: 'upstreamtests/e2e-blpi-all-indexes-executed',
  source: 'test/e2e/apps/job.go "should execute all indexes despite some failing when using backoffLimitPerIndex" (FailedIndexes "1,3", CompletedIndexes "0,2", Failed 4; WaitForJobFailed); job_controller.go syncJob (FailedIndexes "Job has failed indexes"); reference job-controller §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: b}
spec:
  behaviors:
  - selector: {matchLabels: {app: blpi}}
    duration: 5s
    perIndex:
      "1": {exitCodes: [1]}
      "3": {exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: with-backoff-limit-per-index}
spec:
  parallelism: 2
  completions: 4
  completionMode: Indexed
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: blpi}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-backoff-limit-per-index');
    const f = h.hasCond(job, 'Failed', 'FailedIndexes');
    h.eq(f.message, 'Job has failed indexes', 'message');
    h.hasCond(job, 'FailureTarget', 'FailedIndexes');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded, job.spec.backoffLimit], ['1,3', '0,2', 4, 2, 2147483647], 'status and defaulted backoffLimit');
    const byIndex = {};
    for (const p of h.podsOf('with-backoff-limit-per-index')) (byIndex[p.metadata.annotations['batch.kubernetes.io/job-completion-index']] ??= []).push(p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']);
    h.eq(byIndex, { 0: ['0'], 1: ['0', '1'], 2: ['0'], 3: ['0', '1'] }, 'pods per index with their failure-count annotation');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message]), [['FailedIndexes', 'Job has failed indexes']], 'warning event');
  },
};
