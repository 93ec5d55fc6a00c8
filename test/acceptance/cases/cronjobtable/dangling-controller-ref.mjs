// getJobsToBeReconciled matches Jobs by controllerRef name only (TestControllerV2GetJobsToBeReconciled "with a
// controller reference" lists a Job whose ownerReference has no uid check), but such a Job with a uid that is not the
// CronJob's cannot persist upstream: the garbage collector finds its only owner dangling (GET by name, UID mismatch)
// and deletes it (background) as soon as it is created. So the CronJob never sees it: no UnexpectedJob.
export default {
  id: 'cronjobtable/dangling-controller-ref',
  source: 'kubernetes pkg/controller/garbagecollector/garbagecollector.go isDangling ("item\'s owner is not found, UID mismatch" -> dangling), attemptToDeleteItem (no solid owner -> delete, DeletePropagationBackground); graph_builder.go (virtual node for an unknown owner uid enqueued to attemptToDelete); TestControllerV2GetJobsToBeReconciled',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 1h30m
  timeline:
  - at: 10m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: foo1
        ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: mycronjob, uid: "not-the-cronjob-uid", controller: true}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: "3h"}}
          spec:
            containers: [{name: c, image: foo/bar}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * ?"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('foo1').metadata.deletionTimestamp ?? null, '2016-05-19T09:11:00Z', 'foo1 garbage-collected when created (dangling owner)');
    h.eq(h.events({ kind: 'CronJob', reason: 'UnexpectedJob' }).length, 0, 'the CronJob never sees foo1');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate'],
      ['2016-05-19T10:00:11Z', 'SawCompletedJob'],
    ], 'CronJob events');
  },
};
