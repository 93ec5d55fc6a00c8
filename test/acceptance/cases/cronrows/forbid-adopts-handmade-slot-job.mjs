// TestControllerV2JobAlreadyExistsButNotInActiveStatus (a Forbid CronJob) with a Job made by hand: at 00:50 a running
// Job named like the 01:00 slot (cj-29453820) with a controller ownerReference to the CronJob is created: it is
// listed but not in status.active (UnexpectedJob). At 01:00 the create fails with AlreadyExists, the Job is controlled
// by the CronJob and not active, so it is adopted: added to status.active, lastScheduleTime 01:00, no SuccessfulCreate.
// From then on it is a regular active Job: it blocks the 02:00 slot (JobAlreadyActive) and, when it completes at
// 02:20:01, SawCompletedJob and the blocked slot starts late.
export default {
  id: 'cronrows/forbid-adopts-handmade-slot-job',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2JobAlreadyExistsButNotInActiveStatus (Forbid; 1 status update, active = [ref of the existing Job]), TestControllerV2SyncCronJob "still active, is time, F"; cronjob_controllerv2.go syncCronJob (UnexpectedJob; IsAlreadyExists -> IsControlledBy, !inActiveList -> append ref, LastScheduleTime, no SuccessfulCreate)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T00:30:00Z"
  duration: 1h50m5s
  timeline:
  - at: "2026-01-01T00:50:00Z"
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: cj-29453820
        ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 90m}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
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
    h.eq(cj.metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'CronJob uid (the ownerReference names it)');
    const ev = h.events({ kind: 'CronJob' });
    const unexpected = ev.filter((e) => e.reason === 'UnexpectedJob');
    h.assert(unexpected.length >= 1 && unexpected.every((e) => e.type === 'Warning' && e.message === 'Saw a job that the controller did not create or forgot: cj-29453820' && e.firstTimestamp <= '2026-01-01T01:00:00Z'), `UnexpectedJob only before the adoption: ${JSON.stringify(unexpected.map((e) => e.firstTimestamp))}`);
    h.eq(unexpected[0].firstTimestamp, '2026-01-01T00:50:00Z', 'first UnexpectedJob when the Job appears');
    // (upstream's Job controller writes the finishing Job's status more than once at 02:20:01, and each write that is
    // not yet Complete gives one more JobAlreadyActive: only the first is asserted)
    const blocked = ev.filter((e) => e.reason === 'JobAlreadyActive');
    h.eq(blocked[0]?.firstTimestamp, '2026-01-01T02:00:00Z', 'the adopted Job blocks the 02:00 slot');
    h.assert(blocked.every((e) => e.firstTimestamp === '2026-01-01T02:00:00Z' || e.firstTimestamp === '2026-01-01T02:20:01Z'), `JobAlreadyActive times: ${JSON.stringify(blocked.map((e) => e.firstTimestamp))}`);
    h.eq(ev.filter((e) => e.reason !== 'UnexpectedJob' && e.reason !== 'JobAlreadyActive').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T02:20:01Z', 'SawCompletedJob', 'Saw completed job: cj-29453820, condition: Complete'],
      ['2026-01-01T02:20:01Z', 'SuccessfulCreate', 'Created job cj-29453880'],
    ], 'no SuccessfulCreate at 01:00; the blocked slot starts when the adopted Job completes');
    h.eq(h.job('cj-29453820').metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp'], undefined, 'the adopted Job is the hand-made one (no scheduled-timestamp annotation)');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, (cj.status.active ?? []).map((a) => a.name)], ['2026-01-01T02:00:00Z', '2026-01-01T02:20:01Z', ['cj-29453880']], 'status');
  },
};
