// A CronJob's Job (slot 00:01, ttlSecondsAfterFinished 0, pod with a user finalizer) is deleted by the TTL controller
// when it completes (1m11s) and stays in foreground deletion, held by its pod. Deleting the CronJob at 2m30s
// (background; schedule "1 * * * *" so no other Job) leaves that Job alone: the garbage collector's attemptToDeleteItem
// processes an item that is deleting its dependents with processDeletingDependentsItem, which keeps the finalizer while
// a blocking dependent exists. The Job keeps deletionTimestamp 1m11s and [foregroundDeletion] to the end.
export default {
  id: 'ttlgc/cronjob-deleted-while-job-held-in-foreground',
  source: 'garbagecollector.go attemptToDeleteItem (isDeletingDependents -> processDeletingDependentsItem), processDeletingDependentsItem (blockingDependents non-empty)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 150s, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "1 * * * *"
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 0
      template:
        metadata: {finalizers: [example.com/hold]}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.cronjob('cj').metadata.deletionTimestamp), 150, 'CronJob removed at 2m30s');
    const j = h.job('cj-29453761');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [71, 2, ['foregroundDeletion']], 'Job still held in foreground deletion');
    const [p] = h.podsOf('cj-29453761');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers], [71, ['example.com/hold']], 'pod held');
  },
};
