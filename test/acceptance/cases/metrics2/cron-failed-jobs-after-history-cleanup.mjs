// Failed CronJob Jobs count in cronJobs.failed, jobs.failed and the percentiles even after
// failedJobsHistoryLimit (default 1) deleted them. Hourly, 3h30m run, pods exit 1 after 10s, backoffLimit 1:
// each Job (created HH:00:00.1) fails its first pod at :10.1 (finishedAt written :10), the replacement is
// created after the 10s back-off at :20, fails at :30, and the Job is Failed at :31 (1s batching):
// duration 30.9 from creation, 31 from the scheduled time, start delay 0.1. 01:00's and 02:00's Jobs are
// deleted by the history limit; all 3 still count; 6 pods failed; lastFinishedAt = 3h + 31s.
export default {
  id: 'metrics2/cron-failed-jobs-after-history-cleanup',
  source: 'README metrics table: jobs.failed, jobs.failedReasons, jobs.durationSeconds (to the millisecond), jobs.lastFinishedAt, pods.failed, cronJobs["NS/NAME"].{complete,failed,finishedAfterScheduleSeconds,startDelaySeconds}; README CronJob controller (failedJobsHistoryLimit 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f1}
spec:
  duration: 3h30m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: bad}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    const jobs = h.jobsOf('bad');
    h.eq(jobs.map((j) => [h.sec(j.metadata.creationTimestamp), h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime), j.metadata.deletionTimestamp !== undefined]),
      [[3600, 3631, true], [7200, 7231, true], [10800, 10831, false]], 'Jobs (created, Failed, deleted)');
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.failedReasons], [0, 3, { BackoffLimitExceeded: 3 }], 'jobs');
    h.eq(m.jobs.durationSeconds, { p50: 30.9, p95: 30.9, p99: 30.9, max: 30.9 }, 'durations');
    h.eq(m.jobs.lastFinishedAt, 10831, 'lastFinishedAt');
    h.eq([m.pods.succeeded, m.pods.failed], [0, 6], 'pods');
    h.eq(m.cronJobs['default/bad'], {
      complete: 0, failed: 3, missedSchedules: 0,
      startDelaySeconds: { p50: 0.1, p95: 0.1, max: 0.1 },
      finishedAfterScheduleSeconds: { p50: 31, p95: 31, p99: 31, max: 31 },
    }, 'cronJobs');
  },
};
