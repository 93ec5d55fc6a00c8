// The 10:00 Job completes and is deleted by the TTL controller (ttlSecondsAfterFinished 0) while only the CronJob
// controller is down. Back at 10:30, its active ref has no listed Job and the GET finds none: Normal MissingJob, the
// ref is dropped, and no lastSuccessfulTime is ever set (the Job was gone before the controller saw it Complete).
export default {
  id: 'cronctl/ttl0-during-cronjob-outage-missingjob',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob ("Active job went missing: %v"; lastSuccessfulTime only from listed Jobs); ttlafterfinished_controller.go processJob; TestControllerV2SyncCronJob row "this started but went missing" (contrast: there the GET finds it)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 1h10m
  faults:
  - { at: 30m5s, controllerDown: cronjob, for: 29m55s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Allow
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 0
      template:
        metadata: {annotations: {jobsim/duration: "10s"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T10:30:00Z', 'MissingJob', 'Active job went missing: mycronjob-24394200'],
    ], 'events');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.active, st.lastScheduleTime, st.lastSuccessfulTime], [undefined, '2016-05-19T10:00:00Z', undefined], 'status');
  },
};
