// Replace deletes only the Jobs in status.active. A hand-made Job with a controller ownerReference to the CronJob is
// not there, so at 10:00 it is reported (UnexpectedJob) but not deleted; the scheduled Job is created beside it and
// at 11:00 only that one is replaced.
export default {
  id: 'cronctl/manual-job-not-replaced',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (ReplaceConcurrent: for _, j := range cronJob.Status.Active { GetJob; deleteJob }); TestControllerV2SyncCronJob row "still active, is time, R"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 1h40m
  timeline:
  - {at: 10m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: manual-1, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: mycronjob, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true, blockOwnerDeletion: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 3h}}, spec: {restartPolicy: Never, containers: [{name: c, image: foo/bar}]}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 2h}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('mycronjob').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'UnexpectedJob').map((e) => [e.firstTimestamp, e.reason, e.message]);
    h.eq(ev, [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'SuccessfulDelete', 'Deleted job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
    ], 'only the scheduled Job is replaced');
    h.eq(h.job('manual-1').metadata.deletionTimestamp, undefined, 'manual Job not deleted');
    h.eq(h.events({ kind: 'CronJob', reason: 'UnexpectedJob' }).filter((e) => e.firstTimestamp === '2016-05-19T11:00:00Z').length > 0, true, 'the manual Job is reported in the 11:00 sync');
  },
};
