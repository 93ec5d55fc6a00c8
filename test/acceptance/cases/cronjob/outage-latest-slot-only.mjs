// After a controller outage (no startingDeadlineSeconds), only the most recent missed slot is started, at the
// moment the controller comes back; earlier slots are never run and no warning is given (<100 missed).
export default {
  id: 'cronjob/outage-latest-slot-only',
  source: 'reference cronjob-and-friends §2.3 mostRecentScheduleTime (only the single most recent unmet time), §8.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 4h30m
  faults:
  - { at: 1h30m, controllerDown: cronjob, for: 2h }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hourly
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('hourly');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['hourly-29453820', 3600, '2026-01-01T01:00:00Z'],
      ['hourly-29453940', 12600, '2026-01-01T03:00:00Z'],
      ['hourly-29454000', 14400, '2026-01-01T04:00:00Z'],
    ], 'Jobs: 01:00 on time, 03:00 late at 03:30 (02:00 never), 04:00 on time');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
