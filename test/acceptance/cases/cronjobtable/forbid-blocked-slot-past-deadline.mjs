// TestControllerV2SyncCronJob rows "still active, is time, F" and "still active, is time, past deadline" combined:
// Forbid blocks the 10:00 slot (JobAlreadyActive, lastScheduleTime not advanced); when the 09:00 Job completes at
// 10:30:01 the blocked slot is more than startingDeadlineSeconds (600) old, so nothing starts late and no warning is
// emitted (the look-back starts at now - 600s); the 11:00 slot starts on time.
export default {
  id: 'cronjobtable/forbid-blocked-slot-past-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, F" (JobAlreadyActive), "still active, is time, past deadline" (no create, 0 warnings); utils.go mostRecentScheduleTime (earliestTime lifted to now - startingDeadlineSeconds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h31m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 600
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "90m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T09:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
      ['2016-05-19T10:00:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      ['2016-05-19T10:30:01Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
      ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
    ], 'no late start for the blocked 10:00 slot');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['mycronjob-24394140', 'mycronjob-24394260'], 'Jobs');
  },
};
