// The setting of TestControllerV2SyncCronJob row "this ran but done, time drifted back, F": a finished Job already holds
// the name of the next slot (made by hand at 09:30 for 10:00, with a controller reference to the Forbid CronJob). Before
// 10:00 the controller takes no action beyond lastSuccessfulTime (its completion 09:30:11; an edit at 09:59 syncs with no
// event). At 10:00 the create hits AlreadyExists on that controlled Job, which is adopted into active (no SuccessfulCreate,
// lastScheduleTime 10:00); the status write re-syncs and it is seen completed. 11:00 runs normally.
export default {
  id: 'cronv2rows/forbid-future-slot-job-done-adopted',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "this ran but done, time drifted back, F" (no create, expectUpdateStatus: lastSuccessfulTime, requeue 1m + nextScheduleDelta), TestControllerV2JobAlreadyExistsButNotInActiveStatus; cronjob_controllerv2.go syncCronJob (IsJobSucceeded -> LastSuccessfulTime; IsAlreadyExists -> IsControlledBy, !inActiveList -> append ref, LastScheduleTime; found && finished -> SawCompletedJob), updateCronJob (status update: enqueue now)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h2m
  timeline:
  - {at: "2016-05-19T09:30:00Z", create: {apiVersion: batch/v1, kind: Job, metadata: {name: mycronjob-24394200, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: mycronjob, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: foo/bar}]}}}}}
  - { at: "2016-05-19T09:59:00Z", patch: { kind: CronJob, name: mycronjob, metadata: { labels: { edited: "yes" } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('mycronjob').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (precondition)');
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'UnexpectedJob' || e.firstTimestamp > '2016-05-19T09:30:11Z');
    h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T09:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
      ['2016-05-19T09:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
      ['2016-05-19T10:00:00Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ['2016-05-19T11:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394260, condition: Complete'],
    ], 'no create at 10:00: the finished hand-made Job is adopted and seen completed');
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.status.completionTime]), [
      ['mycronjob-24394140', '2016-05-19T09:00:00Z', '2016-05-19T09:00:11Z'],
      ['mycronjob-24394200', '2016-05-19T09:30:00Z', '2016-05-19T09:30:11Z'],
      ['mycronjob-24394260', '2016-05-19T11:00:00Z', '2016-05-19T11:00:11Z'],
    ], 'Jobs');
    const st = h.cronjob('mycronjob').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2016-05-19T11:00:00Z', '2016-05-19T11:00:11Z', []], 'status');
  },
};
