// With spec.timeZone the status times are metav1.Time (written in UTC, "Z"), while the scheduled-timestamp annotation is
// written in the CronJob's zone: 09:30 Asia/Tokyo = 00:30Z.
export default {
  id: 'jobstatus2/cronjob-timezone-status-utc',
  source: 'pkg/controller/cronjob/utils.go getJobFromTemplate2 (scheduledTime.In(timeZoneLocation).Format(RFC3339)); metav1.Time MarshalJSON (UTC RFC3339)',
  args: ['--duration', '45m'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: tz}
spec:
  schedule: "30 9 * * *"
  timeZone: Asia/Tokyo
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`,
  check(r, h) {
    const s = h.cronjob('tz').status;
    h.eq([s.lastScheduleTime, s.lastSuccessfulTime, s.active], ['2026-01-01T00:30:00Z', '2026-01-01T00:30:11Z', undefined], '[lastScheduleTime, lastSuccessfulTime, active]');
    const j = h.job('tz-29453790');
    h.eq([j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], j.metadata.creationTimestamp, j.status.startTime, j.status.completionTime], ['2026-01-01T09:30:00+09:00', '2026-01-01T00:30:00Z', '2026-01-01T00:30:00Z', '2026-01-01T00:30:11Z'], 'Job times');
  },
};
