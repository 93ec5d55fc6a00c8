// A Replace CronJob whose jobTemplate says suspend: true: its Jobs never start (no pods, no startTime) and are never
// finished, so each one stays in status.active until the next slot, where Replace deletes it (SuccessfulDelete,
// background) before creating the next suspended Job. The history limits never apply (nothing finishes).
export default {
  id: 'cronint/replace-suspended-template-jobs',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "still active, is time, R" (expectDelete, expectCreate, expectActive 1); cronjob_controllerv2.go syncCronJob (ReplaceConcurrent: GetJob, deleteJob), getJobFromTemplate2 (Spec deep-copied, suspend included); job/util IsJobFinished',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 2h2m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      suspend: true
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'SuccessfulDelete', 'Deleted job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ['2016-05-19T12:00:00Z', 'SuccessfulDelete', 'Deleted job mycronjob-24394260'],
      ['2016-05-19T12:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394320'],
    ], 'events');
    h.eq(h.of('Pod').length, 0, 'no pods');
    h.eq(h.jobsOf('mycronjob').map((j) => [j.metadata.name, j.spec.suspend, j.status.startTime, j.metadata.deletionTimestamp]), [
      ['mycronjob-24394200', true, undefined, '2016-05-19T11:00:00Z'],
      ['mycronjob-24394260', true, undefined, '2016-05-19T12:00:00Z'],
      ['mycronjob-24394320', true, undefined, undefined],
    ], 'Jobs');
    h.eq((h.cronjob('mycronjob', 'snazzycats').status.active ?? []).map((a) => a.name), ['mycronjob-24394320'], 'active');
  },
};
