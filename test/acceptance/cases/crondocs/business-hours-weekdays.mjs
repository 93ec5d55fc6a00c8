// Schedule syntax with a stepped minute, an hour range and a day-of-week range: "*/15 9-17 * * 1-5" (every quarter
// hour from 09:00 to 17:45, Monday to Friday). Created Friday 2026-01-02 16:00Z and run to Monday 18:00Z: 16:15..17:45
// on Friday (7 Jobs; 16:00 is the creation instant), none on the weekend, then 09:00..17:45 on Monday (36 Jobs);
// after the last Friday slot the controller sleeps until Monday 09:00:00.100 and creates that Job on time.
export default {
  id: 'crondocs/business-hours-weekdays',
  source: 'website cron-jobs.md "Schedule syntax"; robfig/cron v3 SpecSchedule.Next; utils.go nextScheduleTimeDuration (requeue at the next slot + 100ms)',
  args: ['--duration', '74h'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: office}
spec:
  start: "2026-01-02T16:00:00Z"
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: office
spec:
  schedule: "*/15 9-17 * * 1-5"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const t = h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp);
    h.eq(t.length, 43, 'Jobs created');
    h.eq(t.slice(0, 7), ['16:15', '16:30', '16:45', '17:00', '17:15', '17:30', '17:45'].map((x) => `2026-01-02T${x}:00Z`), 'Friday');
    h.eq([t[7], t[8], t.at(-1)], ['2026-01-05T09:00:00Z', '2026-01-05T09:15:00Z', '2026-01-05T17:45:00Z'], 'Monday');
    h.eq(h.cronjob('office').status.lastScheduleTime, '2026-01-05T17:45:00Z', 'lastScheduleTime');
  },
};
