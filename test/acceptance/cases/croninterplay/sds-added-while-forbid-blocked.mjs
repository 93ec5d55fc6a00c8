// Forbid blocks 00:20 and 00:30; startingDeadlineSeconds: 60 patched in at 00:22. When the 00:10 Job completes
// (00:35:01) the look-back starts at now - 60s, so the blocked 00:30 slot is out of the window and dropped silently
// (no MissSchedule, no Job); the next Job is the 00:40 slot, on time.
export default {
  id: 'croninterplay/sds-added-while-forbid-blocked',
  source: 'utils.go mostRecentScheduleTime (earliest = max(earliest, now - SDS)); reference §2.6 h (MissSchedule unreachable), §2.6 j',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 45m
  timeline:
  - {at: 22m, patch: {kind: CronJob, name: cj, spec: {startingDeadlineSeconds: 60}}}
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
        metadata: {annotations: {jobsim/duration: "25m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [
      [600, 'SuccessfulCreate'],
      [1200, 'JobAlreadyActive'],
      [1800, 'JobAlreadyActive'],
      [2101, 'SawCompletedJob'],
      [2400, 'SuccessfulCreate'],
    ], 'CronJob events');
    h.eq(h.jobsOf('cj').map((j) => j.metadata.name), ['cj-29453770', 'cj-29453800'], 'blocked slots never run');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T00:40:00Z', 'lastScheduleTime');
  },
};
