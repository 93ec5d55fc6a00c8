// As in forbid-stale-ref-unowned-same-name-blocks, a stale ref is kept because a hand-made Job of the same name
// exists. Deleting that Job (10:55) does not wake the CronJob controller (the Job has no controller reference, so
// deleteJob enqueues nothing); the next sync is the 11:00 requeue, where the GET finds nothing: Normal MissingJob,
// and with status.active now empty Forbid no longer blocks, so the 11:00 Job is created in the same sync.
export default {
  id: 'cronctl/forbid-stale-ref-deleted-by-user-missing-at-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go deleteJob handler (controllerRef == nil: return), syncCronJob ("Active job went missing: %v" before the Forbid check); TestControllerV2SyncCronJob row "still active, is time, F"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 1h40m
  faults:
  - { at: 40m, controllerDown: cronjob, for: 30m }
  timeline:
  - { at: 50m, delete: { kind: Job, name: mycronjob-24394200 } }
  - { at: 51m, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mycronjob-24394200 }, spec: { template: { metadata: { annotations: { jobsim/duration: 3h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: foo/bar }] } } } } }
  - { at: 1h25m, delete: { kind: Job, name: mycronjob-24394200 } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 2h}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'MissingJob', 'Active job went missing: mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
    ], 'MissingJob only at the 11:00 requeue, then the slot runs');
  },
};
