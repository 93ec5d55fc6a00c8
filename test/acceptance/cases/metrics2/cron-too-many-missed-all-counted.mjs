// More than 100 missed times (TooManyMissedTimes): the CronJob controller warns and still starts only the
// most recent; missedSchedules counts every owed time that got no Job. "* * * * *" for 4h, controller down
// 00:30:30-03:30:30: minutes 1..30 run on time, 31..210 fall in the outage (180), 210 is started at
// 03:30:30 (30s late), 211..239 run on time, 240 is the run's last instant (not counted). 60 Jobs, 179
// missed, though successfulJobsHistoryLimit 0 deletes every finished Job. startDelay: 59 x 0.1 and 30;
// finishedAfter: 59 x 6.1 and 36 (p99 = 60th of 60 = 36).
export default {
  id: 'metrics2/cron-too-many-missed-all-counted',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules, .startDelaySeconds, .finishedAfterScheduleSeconds (nearest rank); README CronJob controller (TooManyMissedTimes, and the Job still runs)',
  timeoutMs: 90_000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m6}
spec:
  duration: 4h
  faults:
    - {at: 30m30s, controllerDown: cronjob, for: 3h}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "5s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    h.eq(h.events({ reason: 'TooManyMissedTimes' }).length, 1, 'TooManyMissedTimes events');
    h.eq(h.jobsOf('every').length, 60, 'Jobs created');
    h.eq(r.metrics.cronJobs['default/every'], {
      complete: 60, failed: 0, missedSchedules: 179,
      startDelaySeconds: { p50: 0.1, p95: 0.1, max: 30 },
      finishedAfterScheduleSeconds: { p50: 6.1, p95: 6.1, p99: 36, max: 36 },
    }, 'cronJobs');
    h.eq(r.metrics.jobs.complete, 60, 'jobs.complete');
  },
};
