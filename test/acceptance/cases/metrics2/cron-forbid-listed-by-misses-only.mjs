// "a CronJob is listed once one of its Jobs finished or one of its runs was missed". Hourly Forbid
// CronJob f whose first Job (01:00) runs 10h, past the 5h30m run: 02:00, 03:00, 04:00 are skipped behind
// it and missed for good; 05:00, the last time, may yet start (no starting deadline): missedSchedules 3.
// No Job of f finished: complete 0, failed 0, every percentile null. CronJob quiet (Allow) has 5 Jobs
// running and none missed: not listed. Nothing finished: jobs.complete 0, durations null.
const cj = (name, policy) => `
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: ${name}}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: ${policy}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "10h"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`;
export default {
  id: 'metrics2/cron-forbid-listed-by-misses-only',
  source: 'README metrics table: cronJobs["NS/NAME"].{complete,failed} ("a CronJob is listed once one of its Jobs finished or one of its runs was missed"), .missedSchedules (skipped behind a Forbid Job)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m5}
spec:
  duration: 5h30m
${cj('f', 'Forbid')}${cj('quiet', 'Allow')}`,
  check(r, h) {
    h.eq([h.jobsOf('f').length, h.jobsOf('quiet').length], [1, 5], 'Jobs created');
    h.eq(r.metrics.cronJobs, {
      'default/f': {
        complete: 0, failed: 0, missedSchedules: 3,
        startDelaySeconds: { p50: null, p95: null, max: null },
        finishedAfterScheduleSeconds: { p50: null, p95: null, p99: null, max: null },
      },
    }, 'cronJobs');
    h.eq([r.metrics.jobs.complete, r.metrics.jobs.durationSeconds.max, r.metrics.jobs.lastFinishedAt], [0, null, null], 'jobs');
  },
};
