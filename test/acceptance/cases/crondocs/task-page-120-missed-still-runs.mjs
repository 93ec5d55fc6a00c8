// Task page (Starting Deadline): "one cron job is supposed to run every minute, the status.lastScheduleTime of the
// cronjob is 5:00am, but now it's 7:00am. That means 120 schedules were missed, so the cron job is no longer
// scheduled." The v2 controller (the one upstream runs) does count ~120 missed (> 100) and records Warning
// TooManyMissedTimes, but it still starts the most recent slot: controller down from 05:00:30 to 07:00:30, the Job
// for 07:00 is created at 07:00:30 and the 07:01 one on time; lastScheduleTime moves on.
export default {
  id: 'crondocs/task-page-120-missed-still-runs',
  source: 'website tasks/job/automated-tasks-with-cron-jobs.md "Starting Deadline"; utils.go mostRecentScheduleTime (numberOfMissedSchedules = elapsed/interval + 1 > 100 -> manyMissed, mostRecentTime still returned), nextScheduleTime (TooManyMissedTimes event); cronjob_controllerv2.go syncCronJob',
  args: ['--duration', '2h2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: missed}
spec:
  start: "2026-01-01T04:59:30Z"
  faults:
  - { at: "2026-01-01T05:00:30Z", controllerDown: cronjob, for: 2h }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const m = (t) => Date.parse(t) / 60000;
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SawCompletedJob').map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2026-01-01T05:00:00Z', 'Normal', 'SuccessfulCreate', `Created job hello-${m('2026-01-01T05:00:00Z')}`],
      ['2026-01-01T07:00:30Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2026-01-01T07:00:30Z', 'Normal', 'SuccessfulCreate', `Created job hello-${m('2026-01-01T07:00:00Z')}`],
      ['2026-01-01T07:01:00Z', 'Normal', 'SuccessfulCreate', `Created job hello-${m('2026-01-01T07:01:00Z')}`]], 'events');
    h.eq(h.cronjob('hello').status.lastScheduleTime, '2026-01-01T07:01:00Z', 'lastScheduleTime');
  },
};
