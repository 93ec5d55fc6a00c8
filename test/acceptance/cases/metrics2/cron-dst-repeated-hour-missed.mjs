// missedSchedules under a time zone: "30 1 * * *" in America/New_York on 2026-11-01, when 01:00-02:00
// repeats: 01:30 EDT (05:30Z) and 01:30 EST (06:30Z) are two owed times (a time in a repeated hour runs
// twice). The CronJob controller is down 05:00Z-07:00Z: both fall in the outage; on its return the most
// recent, 01:30-05:00 (06:30Z), is started at 07:00Z (1800s late), the other is missed: missedSchedules 1.
// finishedAfterSchedule is measured from the annotation's instant (with its -05:00 offset): 1800 + 31 = 1831.
export default {
  id: 'metrics2/cron-dst-repeated-hour-missed',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules ("under the schedule it had then"), .finishedAfterScheduleSeconds (from its batch.kubernetes.io/cronjob-scheduled-timestamp); README "What is simulated" CronJob controller (a time in a repeated hour runs twice)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m4}
spec:
  start: "2026-11-01T04:00:00Z"
  duration: 4h
  faults:
    - {at: 1h, controllerDown: cronjob, for: 2h}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: ny}
spec:
  schedule: "30 1 * * *"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    const jobs = h.jobsOf('ny');
    h.eq(jobs.map((j) => [j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [['2026-11-01T07:00:00Z', '2026-11-01T01:30:00-05:00']], 'the one Job');
    h.eq(r.metrics.cronJobs['default/ny'], {
      complete: 1, failed: 0, missedSchedules: 1,
      startDelaySeconds: { p50: 1800, p95: 1800, max: 1800 },
      finishedAfterScheduleSeconds: { p50: 1831, p95: 1831, p99: 1831, max: 1831 },
    }, 'cronJobs');
  },
};
