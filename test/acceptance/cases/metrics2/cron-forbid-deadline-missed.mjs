// Forbid with startingDeadlineSeconds 600, hourly, Jobs of 90m, 5h run: 01:00's Job runs to 02:30:00.1
// (Complete 02:30:01.1); the blocked 02:00 time is then 30m late, past its 10m deadline: never started,
// missed; 03:00 starts on time, blocks 04:00 (missed likewise); 05:00 is the run's end and its deadline
// (05:10) has not passed: not counted. missedSchedules 2; complete 2; startDelay 0.1 both;
// finishedAfterSchedule 5401.1 both (90m + 0.1s creation + 1s batching).
export default {
  id: 'metrics2/cron-forbid-deadline-missed',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules ("skipped behind a Forbid Job ... or past startingDeadlineSeconds"; the last time only once its deadline passed), .startDelaySeconds, .finishedAfterScheduleSeconds',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fd1}
spec:
  duration: 5h
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fd}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 600
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "90m"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    h.eq(h.jobsOf('fd').map((j) => h.sec(j.metadata.creationTimestamp)), [3600, 10800], 'Jobs created');
    h.eq(r.metrics.cronJobs['default/fd'], {
      complete: 2, failed: 0, missedSchedules: 2,
      startDelaySeconds: { p50: 0.1, p95: 0.1, max: 0.1 },
      finishedAfterScheduleSeconds: { p50: 5401.1, p95: 5401.1, p99: 5401.1, max: 5401.1 },
    }, 'cronJobs');
  },
};
