// A schedule time whose Job the API server refuses never got a Job: it is missed. CronJob bad (*/10, 1h)
// whose template carries a controller-uid label that is not the Job's uid: every create fails
// (FailedCreate, retried with the rate limiter, a later slot tried at the first retry after it); no Job
// exists; 00:10..00:50 are missed (5) and 01:00, the run's last instant, may yet start. Listed with
// complete 0, failed 0, null percentiles; jobs.complete 0.
export default {
  id: 'metrics2/cron-failed-create-missed',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules ("schedule times the CronJob owed ... that never got a Job"; listed once one of its runs was missed); README CronJob controller (FailedCreate, no Job)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fc1}
spec:
  duration: 1h
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: bad}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {controller-uid: "not-the-uid"}, annotations: {jobsim/duration: "30s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job');
    h.assert(h.events({ reason: 'FailedCreate' }).length > 0, 'FailedCreate events');
    h.eq(r.metrics.cronJobs, {
      'default/bad': {
        complete: 0, failed: 0, missedSchedules: 5,
        startDelaySeconds: { p50: null, p95: null, max: null },
        finishedAfterScheduleSeconds: { p50: null, p95: null, p99: null, max: null },
      },
    }, 'cronJobs');
  },
};
