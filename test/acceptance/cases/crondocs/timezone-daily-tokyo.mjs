// Concept page "Time zones": spec.timeZone names a tz database zone and the schedule is read in it. "@daily" with
// timeZone Asia/Tokyo (UTC+9, no DST) runs at local midnight = 15:00Z; the Job name is the minutes since epoch of
// that instant and the scheduled-timestamp annotation is written in the zone (+09:00). A twin without timeZone
// (the controller's zone, UTC in jobsim) runs at 00:00Z. Run from 2026-01-01T00:00Z for 2 days.
export default {
  id: 'crondocs/timezone-daily-tokyo',
  source: 'website cron-jobs.md "Time zones"; cronjob_controllerv2.go formatSchedule ("TZ=<zone> <schedule>"); utils.go getJobFromTemplate2 (annotation scheduledTime.In(zone).Format(RFC3339))',
  args: ['--duration', '2d'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: tokyo
spec:
  schedule: "@daily"
  timeZone: Asia/Tokyo
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: plain
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const m = (t) => Date.parse(t) / 60000;
    h.eq(h.jobsOf('tokyo').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      [`tokyo-${m('2026-01-01T15:00:00Z')}`, '2026-01-01T15:00:00Z', '2026-01-02T00:00:00+09:00'],
      [`tokyo-${m('2026-01-02T15:00:00Z')}`, '2026-01-02T15:00:00Z', '2026-01-03T00:00:00+09:00']], 'tokyo Jobs');
    h.eq(h.jobsOf('plain').map((j) => [j.metadata.name, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      [`plain-${m('2026-01-02T00:00:00Z')}`, '2026-01-02T00:00:00Z']], 'plain Jobs (00:00Z on Jan 1 is the creation instant)');
    h.eq(h.cronjob('tokyo').status.lastScheduleTime, '2026-01-02T15:00:00Z', 'lastScheduleTime is UTC');
  },
};
