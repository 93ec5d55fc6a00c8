// TestSuccessPolicy "all indexes succeeded; JobSuccessPolicy is enabled": Indexed 1/1 with succeededIndexes "0":
// wantConditionTypes [SuccessCriteriaMet, Complete], the jobs_finished_total reason label "SuccessPolicy".
export default {
  id: 'integjob/sp-all-indexes-succeeded',
  source: 'test/integration/job/job_test.go TestSuccessPolicy "all indexes succeeded; JobSuccessPolicy is enabled"; success_policy.go matchSuccessPolicy ("Matched rules at index 0"); reference §7, §2.8',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 1
  parallelism: 1
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'True', 'SuccessPolicy', 'Matched rules at index 0', 11],
    ], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded, job.status.completedIndexes, job.status.ready, job.status.terminating, h.sec(job.status.completionTime)], [0, 0, 1, '0', 0, 0, 11], '[active, failed, succeeded, completedIndexes, ready, terminating, completionTime]');
    h.eq(job.status.failedIndexes, undefined, 'failedIndexes (no backoffLimitPerIndex)');
    h.eq(h.events({ kind: 'Job', name: 'sp', reason: 'Completed' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Job completed', 11]], 'Completed event');
  },
};
