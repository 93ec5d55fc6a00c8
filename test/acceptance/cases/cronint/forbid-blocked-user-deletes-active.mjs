// "still active, is time, F" then the user deletes the active Job (kubectl delete, background): the Job's delete event
// wakes the controller at once; the stale ref is GET-checked, not found: MissingJob, and the blocked 11:00 slot is
// started late at 11:20 (lastScheduleTime 11:00). With startingDeadlineSeconds 600 the 11:00 slot is past its
// deadline at 11:20 (earliest = 11:10): MissingJob only, and the next Job comes at 12:00.
const cj = (ns, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
${sds ? `  startingDeadlineSeconds: ${sds}\n` : ''}  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "3h"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronint/forbid-blocked-user-deletes-active',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "still active, is time, F"; cronjob_controllerv2.go deleteJob handler (controllerRef -> enqueueController), syncCronJob (stale Status.Active: GetJob NotFound -> MissingJob "Active job went missing: %v", deleteFromActiveList; Forbid check on the emptied list); utils.go mostRecentScheduleTime (SDS)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 2h2m
  timeline:
  - { at: "2016-05-19T11:20:00Z", delete: { kind: Job, namespace: nodead, name: mycronjob-24394200 } }
  - { at: "2016-05-19T11:20:00Z", delete: { kind: Job, namespace: sds, name: mycronjob-24394200 } }
${cj('nodead')}${cj('sds', 600)}`,
  check(r, h) {
    const rows = (ns) => r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns).map((e) => [e.firstTimestamp, e.reason, e.message]);
    const blocked = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(rows('nodead'), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'JobAlreadyActive', blocked],
      ['2016-05-19T11:20:00Z', 'MissingJob', 'Active job went missing: mycronjob-24394200'],
      ['2016-05-19T11:20:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ['2016-05-19T12:00:00Z', 'JobAlreadyActive', blocked],
    ], 'no deadline: late start at the deletion');
    h.eq(h.job('mycronjob-24394260', 'nodead').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2016-05-19T11:00:00Z', 'late Job is the 11:00 slot');
    h.eq(rows('sds'), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'JobAlreadyActive', blocked],
      ['2016-05-19T11:20:00Z', 'MissingJob', 'Active job went missing: mycronjob-24394200'],
      ['2016-05-19T12:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394320'],
    ], 'SDS 600: 11:00 dropped, 12:00 on time');
    const st = h.cronjob('mycronjob', 'sds').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2016-05-19T12:00:00Z', ['mycronjob-24394320']], 'sds: status');
    h.eq(h.cronjob('mycronjob', 'nodead').status.lastScheduleTime, '2016-05-19T11:00:00Z', 'nodead: lastScheduleTime is the late slot');
  },
};
