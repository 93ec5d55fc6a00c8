// A CronJob created suspended never sets lastScheduleTime, so on resume a week later the look-back starts at its
// creationTimestamp: about 169 hourly slots missed, Warning TooManyMissedTimes, and the most recent slot (10:00) is
// created at once at the resume (10:20); the requeue is 100 ms after 11:00.
export default {
  id: 'cronctl/suspended-from-creation-resume-too-many',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go updateCronJob (suspend change: enqueue now), syncCronJob (Suspend: no requeue); utils.go mostRecentScheduleTime (earliest = creationTimestamp when lastScheduleTime is nil), nextScheduleTime (TooManyMissedTimes); TestControllerV2SyncCronJob rows "never ran, is time, suspended", "prev ran but done, long overdue, no deadline, A"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 7d2h30m
  timeline:
  - { at: "2016-05-26T10:20:00Z", patch: { kind: CronJob, name: mycronjob, namespace: snazzycats, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Allow
  suspend: true
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "10s"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SawCompletedJob').map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-26T10:20:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T10:20:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404280'],
      ['2016-05-26T11:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404340'],
    ], 'events');
    h.eq(h.job('mycronjob-24404280', 'snazzycats').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2016-05-26T10:00:00Z', 'late Job is the 10:00 slot');
  },
};
