// A hand-made Job with the 00:10 name and a controller reference to the Forbid CronJob is adopted at 00:10 (AlreadyExists,
// controlled, not in active: ref appended, lastScheduleTime 00:10, no SuccessfulCreate). Its ownerReferences are then
// removed (00:15): the CronJob no longer lists it, but the stale active ref is kept because a GET by name finds it, so
// every later slot is refused (JobAlreadyActive), also after the Job completed at 00:30:01, whose completion is never
// seen (no SawCompletedJob, no lastSuccessfulTime).
export default {
  id: 'cronv2rows/forbid-adopted-then-orphaned-blocks',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2JobAlreadyExistsButNotInActiveStatus (adopted into active), TestControllerV2SyncCronJob rows "this started but went missing, not past deadline, f" (GET finds it: kept, expectActive 1) and "still active, is time, F"; cronjob_controllerv2.go updateJob (controllerRefChanged: enqueue the old CronJob), getJobsToBeReconciled (controllerRef name), syncCronJob ("the job is missing in the lister but found in api-server"; Forbid && len(Active) > 0 -> JobAlreadyActive)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 1h5m
  timeline:
  - {at: 5m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: cj-29453770, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 25m}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}}
  - { at: 15m, patch: { kind: Job, name: cj-29453770, metadata: { ownerReferences: null } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (precondition)');
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.firstTimestamp >= '2026-01-01T00:10:00Z');
    const forbid = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:10:00Z', 'UnexpectedJob', 'Saw a job that the controller did not create or forgot: cj-29453770'],
      ['2026-01-01T00:20:00Z', 'JobAlreadyActive', forbid],
      ['2026-01-01T00:30:00Z', 'JobAlreadyActive', forbid],
      ['2026-01-01T00:40:00Z', 'JobAlreadyActive', forbid],
      ['2026-01-01T00:50:00Z', 'JobAlreadyActive', forbid],
      ['2026-01-01T01:00:00Z', 'JobAlreadyActive', forbid],
    ], 'adopted silently at 00:10, then blocked at every slot');
    const job = h.job('cj-29453770');
    h.eq([job.metadata.ownerReferences ?? null, job.status.completionTime], [null, '2026-01-01T00:30:01Z'], 'orphaned Job completed');
    h.eq(h.of('Job').length, 1, 'no Job created by the CronJob');
    h.eq([cj.status.lastScheduleTime, (cj.status.active ?? []).map((a) => [a.name, a.uid]), cj.status.lastSuccessfulTime ?? null],
      ['2026-01-01T00:10:00Z', [['cj-29453770', job.metadata.uid]], null], 'the stale ref stays');
  },
};
