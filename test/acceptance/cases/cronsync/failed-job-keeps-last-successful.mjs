// A failed Job leaves status.active with SawCompletedJob "condition: Failed" and does not touch lastSuccessfulTime,
// which stays the completionTime of the last successful Job; failedJobsHistoryLimit 1 (default) keeps the newest
// failed Job only, the older one being deleted at the sync that sees the second failure.
export default {
  id: 'cronsync/failed-job-keeps-last-successful',
  source: 'cronjob_controllerv2.go syncCronJob (FinishedCondition -> "Saw completed job: %s, condition: %v"; IsJobSucceeded only for LastSuccessfulTime), cleanupFinishedJobs (failedJobs, FailedJobsHistoryLimit default 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m30s
  timeline:
  - { at: 70s, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { annotations: { jobsim/exit-codes: "1" } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:01:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453761, condition: Complete'],
      ['2026-01-01T00:02:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453762, condition: Failed'],
      ['2026-01-01T00:03:11Z', 'SuccessfulDelete', 'Deleted job cj-29453762'],
      ['2026-01-01T00:03:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453763, condition: Failed'],
    ], 'CronJob events');
    h.hasCond(h.job('cj-29453763'), 'Failed', 'BackoffLimitExceeded');
    const st = h.cronjob('cj').status;
    h.eq([st.lastSuccessfulTime, st.lastScheduleTime], ['2026-01-01T00:01:11Z', '2026-01-01T00:03:00Z'], 'lastSuccessfulTime from the success only');
  },
};
