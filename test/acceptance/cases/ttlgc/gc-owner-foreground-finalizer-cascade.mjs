// A CronJob created with the "foregroundDeletion" finalizer gets a dangling ownerReference by a patch at 90s, while
// its 00:01 Job (cj-29453761) runs a 1h pod. The garbage collector deletes the CronJob honouring its finalizer
// (Foreground: deletionTimestamp 90s, generation 2, grace 0). While it waits for its dependents, the Job is processed
// with an owner in waitingForDependentsDeletion and dependents of its own, so the GC deletes the Job with Foreground
// too (generation 2, grace 0, foregroundDeletion), then its pod (background, grace 30: 2m). Pod, Job, CronJob then go
// in that order; no Job is created for the 00:02 slot.
export default {
  id: 'ttlgc/gc-owner-foreground-finalizer-cascade',
  source: 'garbagecollector.go attemptToDeleteItem (default branch hasDeleteDependentsFinalizer -> Foreground; case len(waitingForDependentsDeletion) != 0 && item.dependentsLength() != 0 -> DeletePropagationForeground), processDeletingDependentsItem; cronjob_controllerv2.go syncCronJob (DeletionTimestamp != nil: no new Job)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 90s, patch: {kind: CronJob, name: cj, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, finalizers: [foregroundDeletion]}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 1h}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq([h.sec(cj.metadata.deletionTimestamp), cj.metadata.generation, cj.metadata.deletionGracePeriodSeconds], [90, 2, 0], 'CronJob deleted in Foreground (its own finalizer honoured)');
    h.eq(cj.metadata.finalizers, undefined, 'CronJob finally removed');
    const jobs = h.of('Job');
    h.eq(jobs.map((j) => j.metadata.name), ['cj-29453761'], 'only the 00:01 Job');
    const j = jobs[0];
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.deletionGracePeriodSeconds], [90, 2, 0], 'Job deleted in Foreground (owner waiting for dependents, Job has dependents)');
    const [p] = h.podsOf('cj-29453761');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [120, 30], 'pod deleted with its grace');
  },
};
