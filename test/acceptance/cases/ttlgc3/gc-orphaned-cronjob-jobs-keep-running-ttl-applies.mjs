// A CronJob (every minute, Jobs with ttlSecondsAfterFinished 30 and pods of 100s) carries the GC's "orphan" finalizer.
// A patch at 2m30s gives it a dangling owner: the garbage collector deletes it honouring that finalizer (Orphan):
// markAsDeleting (deletionTimestamp 2m30s, generation 2, grace 0), then attemptToOrphan strips its ownerReference from
// both running Jobs and removes the finalizer, so the CronJob goes at 2m30s and no Job is created at 3m. The orphaned Jobs
// run on, complete (2m41s, 3m41s) and are still deleted by their TTL (3m11s, 4m11s, foreground).
export default {
  id: 'ttlgc3/gc-orphaned-cronjob-jobs-keep-running-ttl-applies',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (default branch hasOrphanFinalizer -> DeletePropagationOrphan), attemptToOrphanWorker/orphanDependents; ttlafterfinished_controller.go needsCleanup (no owner check), processJob (Foreground); cronjob_controllerv2.go (no Job for a CronJob that is gone)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 6m
  timeline:
  - {at: 150s, patch: {kind: CronJob, name: cj, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, finalizers: [orphan]}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 30
      template:
        metadata: {annotations: {jobsim/duration: 100s}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq([h.sec(cj.metadata.deletionTimestamp), cj.metadata.generation, cj.metadata.deletionGracePeriodSeconds, cj.metadata.finalizers], [150, 2, 0, undefined], 'CronJob orphan-deleted at 2m30s');
    const jobs = h.of('Job').map((j) => [j.metadata.name, j.metadata.ownerReferences ?? [], h.sec(h.hasCond(j, 'Complete').lastTransitionTime), h.sec(j.metadata.deletionTimestamp), j.metadata.generation]);
    h.eq(jobs, [['cj-29453761', [], 161, 191, 2], ['cj-29453762', [], 221, 251, 2]], 'two orphaned Jobs, completed and deleted by their TTL');
    h.eq(h.events({ reason: 'SuccessfulCreate', kind: 'CronJob' }).length, 2, 'no Job after the CronJob is gone');
    h.eq(h.events({ reason: 'SawCompletedJob' }).length, 0, 'nobody records the completions for the CronJob');
  },
};
