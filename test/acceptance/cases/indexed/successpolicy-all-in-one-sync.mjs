// completions 4, parallelism 2, succeededCount: 2: indexes 0 and 1 succeed at 10s; the policy matches before
// manageJob, so indexes 2 and 3 are never created, and with no pod left SuccessCriteriaMet and Complete are written in
// the same sync (completionTime 11s).
export default {
  id: 'indexed/successpolicy-all-in-one-sync',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job has both Complete and SuccessCriteriaMet condition when job meets to successPolicy and all pods have been already removed"; job_controller.go syncJob (finishedCondition skips manageJob); reference §2.5, §7',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sp4}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 2
  successPolicy:
    rules:
    - succeededCount: 2
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('sp4').map((p) => p.metadata.name.slice(0, 6)).sort(), ['sp4-0-', 'sp4-1-'], 'only indexes 0 and 1 ever created');
    const job = h.job('sp4');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 11],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, h.sec(job.status.completionTime)], [2, '0,1', 11], '[succeeded, completedIndexes, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'sp4' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]),
      [['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['Completed', 11]], 'events');
  },
};
