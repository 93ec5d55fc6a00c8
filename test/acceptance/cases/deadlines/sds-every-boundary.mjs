// @every 1h with startingDeadlineSeconds: the CronJob controller syncs 100ms after each slot, so earliest = now - SDS.
// SDS 3600: earliest = slot - 1h + 0.1s, and @every's Next (truncate to the second, add 1h) gives the slot itself <= now: a
// Job every hour, at 1h, 2h and 3h. SDS 3599: Next(slot - 1h + 1.1s) = slot + 1s > now: never a Job, and no event.
export default {
  id: 'deadlines/sds-every-boundary',
  source: 'robfig/cron ConstantDelaySchedule.Next (t.Add(Delay - t.Nanosecond())); pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliest = max(lastScheduleTime|creation, now - SDS)), nextScheduleTimeDuration (+100ms nextScheduleDelta); reference cronjob-and-friends §2.3, §2.5, §2.9',
  args: ['--duration', '3h30m'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: full}
spec:
  schedule: "@every 1h"
  startingDeadlineSeconds: 3600
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: short}
spec:
  schedule: "@every 1h"
  startingDeadlineSeconds: 3599
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('full').map((j) => h.sec(j.metadata.creationTimestamp)), [3600, 7200, 10800], 'full: Job creation times');
    h.eq(h.sec(h.cronjob('full').status.lastScheduleTime), 10800, 'full: lastScheduleTime');
    h.eq(h.jobsOf('short').length, 0, 'short: no Job');
    h.eq(h.cronjob('short').status.lastScheduleTime, undefined, 'short: no lastScheduleTime');
    h.eq(h.events({ kind: 'CronJob', name: 'short' }).length, 0, 'short: no events');
  },
};
