// Metrics of Jobs removed by the CronJob controller's history clean-up (successfulJobsHistoryLimit 1):
// a CronJob every minute with a 10s pod over 10 minutes runs 9 Jobs (00:01 .. 00:09; 00:10:00.1 is
// after the end). Each takes 11s (created at :00.1, Complete at :11.1); the controller deletes all but
// the newest finished one, yet all 9 count: complete 9, durations all 11, lastFinishedAt 9*60+11.1,
// pods.succeeded 9; items and counts keep the 9 Jobs.
export default {
  id: 'metrics/cron-history-cleanup-still-counted',
  source: 'README metrics table (jobs.complete: Jobs that reached Complete); upstream cronjob_controllerv2.go cleanupFinishedJobs',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: hist}
spec:
  duration: 10m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: m}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    const m = r.metrics;
    const jobs = h.of('Job');
    h.eq(jobs.length, 9, 'nine Jobs in items');
    h.eq(jobs.filter((j) => j.metadata.deletionTimestamp).length, 8, 'eight deleted by the history clean-up');
    h.eq(r.counts.Job, 9, 'counts.Job');
    h.eq([m.jobs.complete, m.jobs.failed], [9, 0], 'complete');
    h.eq(m.jobs.durationSeconds, { p50: 11, p95: 11, p99: 11, max: 11 }, 'durations');
    h.eq(m.jobs.lastFinishedAt, 9 * 60 + 11.1, 'lastFinishedAt');
    h.eq(m.pods.succeeded, 9, 'pods.succeeded');
  },
};
