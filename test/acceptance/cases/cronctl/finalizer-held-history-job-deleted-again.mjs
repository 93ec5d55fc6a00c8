// A finished Job of the CronJob that a finalizer holds keeps being listed by the Job informer with its
// deletionTimestamp. cleanupFinishedJobs does not skip Jobs being deleted, and a DELETE of an object that is already
// being deleted and has pending finalizers succeeds (200, object returned), so every later sync of the CronJob deletes
// it again and records another SuccessfulDelete. The first delete comes in the sync that sees it Complete (no
// SawCompletedJob: it was never active, but lastSuccessfulTime is taken from it); the status write of that sync and
// the Job's deletionTimestamp update trigger the next sync at once, which deletes it a second time.
export default {
  id: 'cronctl/finalizer-held-history-job-deleted-again',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go cleanupFinishedJobs/getFinishedStatus (no deletionTimestamp filter), removeOldestJobs, deleteJob ("Deleted job %v"), updateCronJob/updateJob (enqueue); apiserver registry/generic/registry/store.go Delete (pending finalizers: updateForGracefulDeletionAndFinalizers, no error); TestControllerV2CleanupFinishedJobs',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 20m
  timeline:
  - {at: 1m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: held, finalizers: [example.com/hold], ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: foo/bar}]}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 0 1 1 *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const j = h.job('held');
    h.hasCond(j, 'Complete');
    const done = j.status.completionTime;
    h.eq(j.metadata.deletionTimestamp, done, 'DELETE at completion, held by the finalizer');
    const dels = h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [e.firstTimestamp, e.message]);
    h.assert(dels.length >= 2, `the held Job is deleted again by the next sync: got ${JSON.stringify(dels)}`);
    h.eq(dels.slice(0, 2), [[done, 'Deleted job held'], [done, 'Deleted job held']], 'two deletes at its completion');
    h.eq(h.events({ kind: 'CronJob', reason: 'SawCompletedJob' }).length, 0, 'never active');
    h.eq(h.cronjob('cj').status.lastSuccessfulTime, done, 'lastSuccessfulTime');
  },
};
