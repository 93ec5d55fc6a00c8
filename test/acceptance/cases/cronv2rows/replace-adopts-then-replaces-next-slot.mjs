// Replace, and a running Job made by hand with the 00:10 name and a controller reference to the CronJob. At 00:10 it is
// not in status.active, so Replace deletes nothing; the create hits AlreadyExists on a Job the CronJob controls, which is
// adopted (active = [it], lastScheduleTime 00:10, no SuccessfulCreate). At 00:20 it is in active, so it is replaced:
// SuccessfulDelete, then SuccessfulCreate of the 00:20 Job.
export default {
  id: 'cronv2rows/replace-adopts-then-replaces-next-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2JobAlreadyExistsButNotInActiveStatus (adopted: active = [ref]) and TestControllerV2SyncCronJob row "still active, is time, R" (expectDelete, expectCreate, expectActive 1); cronjob_controllerv2.go syncCronJob (UnexpectedJob; ReplaceConcurrent ranges over Status.Active only; IsAlreadyExists -> IsControlledBy, !inActiveList -> append ref, LastScheduleTime), deleteJob ("Deleted job %v")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 25m
  timeline:
  - {at: 5m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: rep-29453770, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: rep, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 1h}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: rep}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 1h}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('rep').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (precondition)');
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.firstTimestamp >= '2026-01-01T00:10:00Z');
    h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:10:00Z', 'UnexpectedJob', 'Saw a job that the controller did not create or forgot: rep-29453770'],
      ['2026-01-01T00:20:00Z', 'SuccessfulDelete', 'Deleted job rep-29453770'],
      ['2026-01-01T00:20:00Z', 'SuccessfulCreate', 'Created job rep-29453780'],
    ], 'adopted silently at 00:10, replaced at 00:20');
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.deletionTimestamp ?? null]), [
      ['rep-29453770', '2026-01-01T00:05:00Z', '2026-01-01T00:20:00Z'],
      ['rep-29453780', '2026-01-01T00:20:00Z', null],
    ], 'the hand-made Job ran from 00:05 to 00:20');
    const st = h.cronjob('rep').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2026-01-01T00:20:00Z', ['rep-29453780']], 'status');
  },
};
