// README: the CronJob controller requeues 100 ms after the next schedule time, so an on-time Job is
// created 0.1s after its minute: metrics startDelaySeconds {p50,p95,max} = 0.1 (no p99 field),
// finishedAfterScheduleSeconds = 0.1 + 10s container + 1s Job sync batching = 11.1; the Job's
// creationTimestamp is the scheduled second, its name <cronjob>-<minutes since epoch>, and the
// scheduled-timestamp annotation is in the CronJob's time zone.
export default {
  id: 'readme/cron-requeue-100ms-metrics',
  source: 'README What is simulated (requeue 100 ms after the next schedule time), metrics table (cronJobs startDelaySeconds, finishedAfterScheduleSeconds); cronjob_controllerv2.go nextScheduleTimeDuration (+100ms), getJobFromTemplate2 (name, scheduled-timestamp annotation)',
  args: ['--duration', '3h'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: { name: hourly }
spec:
  schedule: "0 * * * *"
  timeZone: Asia/Kolkata
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: c, image: busybox:1.36 }]
          restartPolicy: Never
`,
  check(r, h) {
    const m = r.metrics.cronJobs['default/hourly'];
    h.eq(m.startDelaySeconds, { p50: 0.1, p95: 0.1, max: 0.1 }, 'startDelaySeconds');
    h.eq(m.finishedAfterScheduleSeconds, { p50: 11.1, p95: 11.1, p99: 11.1, max: 11.1 }, 'finishedAfterScheduleSeconds');
    h.eq([m.complete, m.failed], [3, 0], 'complete/failed (Kolkata is +05:30: runs at 00:30Z, 01:30Z, 02:30Z)');
    const jobs = h.jobsOf('hourly');
    h.eq(jobs.map((j) => j.metadata.name), ['hourly-29453790', 'hourly-29453850', 'hourly-29453910'], 'names: minutes since the epoch');
    h.eq(jobs.map((j) => j.metadata.creationTimestamp), ['2026-01-01T00:30:00Z', '2026-01-01T01:30:00Z', '2026-01-01T02:30:00Z'], 'created in the scheduled second');
    h.eq(jobs[0].metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T06:00:00+05:30', 'annotation in the CronJob time zone');
    h.eq(h.cronjob('hourly').status.lastScheduleTime, '2026-01-01T02:30:00Z', 'lastScheduleTime');
  },
};
