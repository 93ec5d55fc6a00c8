// successfulJobsHistoryLimit 0 under Forbid: the blocked 11:00 slot starts in the very sync that sees the 10:00 Job
// Complete (11:10:01). cleanupFinishedJobs runs first and deletes it (SuccessfulDelete, removed from active), so
// syncCronJob emits no SawCompletedJob for it (no longer in active) but still takes its completionTime as
// lastSuccessfulTime, finds the active list empty and creates the 11:00 Job late. Same with a Failed Job
// (backoffLimit 0) and failedJobsHistoryLimit 0, except that lastSuccessfulTime stays unset.
const cj = (ns, limit, exit) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  ${limit}: 0
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: {annotations: {jobsim/duration: "70m", jobsim/exit-codes: "${exit}"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronint/history-zero-forbid-late-start-same-sync',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go sync (cleanupFinishedJobs(cronJobCopy, jobsToBeReconciled) then syncCronJob(cronJobCopy, jobsToBeReconciled)), deleteJob (deleteFromActiveList, "Deleted job %v"), syncCronJob (IsJobFinished: SawCompletedJob only if inActiveList; IsJobSucceeded: LastSuccessfulTime; Forbid on len(Status.Active)); TestControllerV2SyncCronJob row "still active, is time, F"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 1h30m
${cj('snazzycats', 'successfulJobsHistoryLimit', '0')}${cj('failed', 'failedJobsHistoryLimit', '1')}`,
  check(r, h) {
    h.eq(r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === 'snazzycats').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      ['2016-05-19T11:10:01Z', 'SuccessfulDelete', 'Deleted job mycronjob-24394200'],
      ['2016-05-19T11:10:01Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
    ], 'events: no SawCompletedJob');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, (st.active ?? []).map((a) => a.name)], ['2016-05-19T11:00:00Z', '2016-05-19T11:10:01Z', ['mycronjob-24394260']], 'status');
    h.eq(h.job('mycronjob-24394200', 'snazzycats').metadata.deletionTimestamp, '2016-05-19T11:10:01Z', 'deleted when seen Complete');
    h.eq(r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === 'failed').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      ['2016-05-19T11:10:01Z', 'SuccessfulDelete', 'Deleted job mycronjob-24394200'],
      ['2016-05-19T11:10:01Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
    ], 'failed: same sequence');
    h.hasCond(h.job('mycronjob-24394200', 'failed'), 'Failed', 'BackoffLimitExceeded');
    const fs = h.cronjob('mycronjob', 'failed').status;
    h.eq([fs.lastScheduleTime, fs.lastSuccessfulTime, (fs.active ?? []).map((a) => a.name)], ['2016-05-19T11:00:00Z', undefined, ['mycronjob-24394260']], 'failed: status, no lastSuccessfulTime');
  },
};
