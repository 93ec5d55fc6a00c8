// "still active, is time, F" caused by a Job controller outage: the 10:00 Job's pod ends at 10:00:10, but nothing
// marks the Job Complete while the Job controller is down (10:00:05-12:30:05), so the CronJob controller blocks the
// 11:00 and 12:00 slots (JobAlreadyActive). When the Job controller returns it finishes the Job at once
// (completionTime 12:30:05); the CronJob sees it (SawCompletedJob) and starts only the most recent slot, 12:00, late.
export default {
  id: 'cronint/job-controller-outage-forbid',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "still active, is time, F"; cronjob_controllerv2.go syncCronJob (jobutil.IsJobFinished: conditions only; Forbid; LastSuccessfulTime = CompletionTime), updateJob (enqueue on every Job update); utils.go mostRecentScheduleTime (most recent unmet only)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 3h2m
  faults:
  - { at: 1m5s, controllerDown: job, for: 2h30m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    const blocked = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'JobAlreadyActive', blocked],
      ['2016-05-19T12:00:00Z', 'JobAlreadyActive', blocked],
      ['2016-05-19T12:30:05Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ['2016-05-19T12:30:05Z', 'SuccessfulCreate', 'Created job mycronjob-24394320'],
      ['2016-05-19T12:30:16Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394320, condition: Complete'],
      ['2016-05-19T13:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394380'],
      ['2016-05-19T13:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394380, condition: Complete'],
    ], 'events');
    const first = h.job('mycronjob-24394200', 'snazzycats');
    h.eq(first.status.completionTime, '2016-05-19T12:30:05Z', 'completed when the Job controller came back');
    h.eq(h.job('mycronjob-24394320', 'snazzycats').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2016-05-19T12:00:00Z', 'late Job is the 12:00 slot');
    h.eq(h.find('Job', 'mycronjob-24394260', 'snazzycats'), undefined, '11:00 never runs');
  },
};
