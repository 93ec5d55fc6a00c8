// Once a Job stops naming the CronJob as its controller, it is not in the CronJob's Job list. When that Job is
// later deleted (here by the user), nothing of it stays in the controller's view: no sync tries to delete it again
// (no "FailedDelete" warning), no MissingJob (it was never in status.active).
export default {
  id: 'cronsync/orphaned-job-deleted-no-failed-delete',
  source: 'cronjob_controllerv2.go getJobsToBeReconciled (the lister holds only live Jobs; controllerRef read from the current object), cleanupFinishedJobs, deleteJob (FailedDelete only when a DELETE of a listed Job fails)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 6m
  timeline:
  - {at: 30s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: stray, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
  - { at: 50s, patch: { kind: Job, name: stray, metadata: { ownerReferences: null } } }
  - { at: 70s, delete: { kind: Job, name: stray } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/2 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'UnexpectedJob');
    h.eq(ev.map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:02:00Z', 'SuccessfulCreate', 'Created job cj-29453762'],
      ['2026-01-01T00:02:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453762, condition: Complete'],
      ['2026-01-01T00:04:00Z', 'SuccessfulCreate', 'Created job cj-29453764'],
      ['2026-01-01T00:04:11Z', 'SuccessfulDelete', 'Deleted job cj-29453762'],
      ['2026-01-01T00:04:11Z', 'SawCompletedJob', 'Saw completed job: cj-29453764, condition: Complete'],
    ], 'CronJob events (no FailedDelete for the deleted orphan)');
    h.eq(h.events({ reason: 'FailedDelete' }).length, 0, 'no FailedDelete');
  },
};
