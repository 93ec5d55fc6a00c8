// Replace ranges over status.active and, for each ref, GETs the Job by name, deletes what it gets and then removes
// from status.active the entry with *that Job's* uid (deleteJob -> deleteFromActiveList(cj, job.UID)). Here the ref
// is stale: the 10:00 Job (uid A) was deleted during a CronJob-controller outage and a Job of the same name, without
// owner (uid B), was created by hand; back at 10:40 the GET by name finds B, so the ref is kept (no MissingJob). At
// 11:00 Replace deletes B ("Deleted job mycronjob-24394200") but the ref with uid A stays in status.active beside
// the new Job; the status write re-syncs at once, the GET now finds nothing, and Normal MissingJob drops the ref.
export default {
  id: 'cronctl/replace-stale-ref-same-name-missingjob-later',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (stale refs: GetJob by name, "the job is missing in the lister but found in api-server"; ReplaceConcurrent: job, err := GetJob(j.Namespace, j.Name); deleteJob(logger, cronJob, job, ...)), deleteJob (deleteFromActiveList(cj, job.ObjectMeta.UID)), utils.go deleteFromActiveList (by UID); updateCronJob (status change: enqueue now)',
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
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'SuccessfulDelete', 'Deleted job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ['2016-05-19T11:00:00Z', 'MissingJob', 'Active job went missing: mycronjob-24394200'],
    ], 'the stale ref survives the Replace delete and goes missing in the next sync');
    h.eq((h.cronjob('mycronjob').status.active ?? []).map((a) => a.name), ['mycronjob-24394260'], 'active at the end');
  },
};
