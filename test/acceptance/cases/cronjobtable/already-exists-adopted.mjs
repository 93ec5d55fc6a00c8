// TestControllerV2SyncCronJob row "prev ran but done, is time, job not present in CJ active status, create job
// failed, A" and TestControllerV2JobAlreadyExistsButNotInActiveStatus: when the create of the slot's Job fails with
// AlreadyExists and the existing Job is controlled by this CronJob but not in its active list, the controller adds it
// to status.active and sets lastScheduleTime, without a SuccessfulCreate event, and requeues for the next slot.
// Reached here by switching an hourly schedule to "@every 30s": the 10:00:30 slot has the same name
// (mycronjob-<minutes>) as the finished 10:00 Job. The status update re-syncs at once, which removes the (finished)
// adopted Job again with a second SawCompletedJob. The pattern repeats each minute.
export default {
  id: 'cronjobtable/already-exists-adopted',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "prev ran but done, is time, job not present in CJ active status, create job failed, A" (no create event, expectUpdateStatus), TestControllerV2JobAlreadyExistsButNotInActiveStatus (1 update, active = [ref of the existing Job]); cronjob_controllerv2.go syncCronJob (IsAlreadyExists branch, updateCronJob enqueue on status change)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 1h0m45s
  timeline:
  - { at: "2016-05-19T10:00:20Z", patch: { kind: CronJob, name: mycronjob, spec: { schedule: "@every 30s" } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * ?"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T10:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ['2016-05-19T10:00:30Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ['2016-05-19T10:01:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394201'],
      ['2016-05-19T10:01:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394201, condition: Complete'],
      ['2016-05-19T10:01:30Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394201, condition: Complete'],
    ], 'no SuccessfulCreate for the adopted :30 slots; the adopted finished Job is seen completed again');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['mycronjob-24394200', 'mycronjob-24394201'], 'two Jobs');
    const st = h.cronjob('mycronjob').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2016-05-19T10:01:30Z', '2016-05-19T10:01:11Z', []], 'lastScheduleTime is the adopted slot');
  },
};
