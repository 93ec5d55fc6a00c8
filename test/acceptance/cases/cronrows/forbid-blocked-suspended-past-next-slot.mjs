// Forbid blocks 02:00; the CronJob is suspended at 02:10 and the blocking Job ends at 02:30:01 (seen: SawCompletedJob).
// The pending 03:00:00.1 requeue finds it suspended: no event, no requeue. Resumed at 03:20, the most recent unmet slot
// is 03:00 (lastScheduleTime 01:00, t1 02:00, t2 03:00 <= now: approximate search, n = 2, no warning): cj-<03:00> runs
// at 03:20 and the blocked 02:00 slot never gets a Job.
export default {
  id: 'cronrows/forbid-blocked-suspended-past-next-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, F", "still active, is time, suspended" (no requeue), "prev ran but done, is time, A"; utils.go mostRecentScheduleTime (now >= t2: potentialEarliest = t1 + (n-2)*between, latest Next <= now; fewMissed: no warning)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T00:30:00Z"
  duration: 2h55m
  timeline:
  - { at: "2026-01-01T02:10:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: true } } }
  - { at: "2026-01-01T03:20:00Z", patch: { kind: CronJob, name: cj, spec: { suspend: false } } }
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
        metadata:
          annotations: {jobsim/duration: 90m}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason]), [
      ['2026-01-01T01:00:00Z', 'SuccessfulCreate'],
      ['2026-01-01T02:00:00Z', 'JobAlreadyActive'],
      ['2026-01-01T02:30:01Z', 'SawCompletedJob'],
      ['2026-01-01T03:20:00Z', 'SuccessfulCreate'],
    ], 'events: nothing at 03:00 while suspended, no warning at the resume');
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [
      ['cj-29453820', '2026-01-01T01:00:00Z'],
      ['cj-29453940', '2026-01-01T03:20:00Z'],
    ], 'Jobs: 01:00 and the 03:00 slot at the resume; no 02:00 Job');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T03:00:00Z', 'lastScheduleTime');
  },
};
