// Deleting a CronJob (background) collects the Jobs that *currently* name it in their ownerReferences: the garbage
// collector's graph follows Job updates. A Job orphaned by a patch before the deletion survives; a plain Job that a
// patch gave a controller ownerReference to the CronJob is collected. The latter is also listed by the CronJob
// controller from the patch on (UnexpectedJob at 00:01:00), the former is not (no UnexpectedJob for it from then on).
export default {
  id: 'cronsync/ownerref-patch-cascade-follows-current-owner',
  source: 'garbagecollector graph_builder.go processGraphChanges (update event: referencesDiffs -> add/remove dependents), garbagecollector.go attemptToDeleteItem; cronjob_controllerv2.go getJobsToBeReconciled, updateJob (controllerRef changed: enqueue old and new)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 30s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: stray, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 1h}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
  - {at: 30s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: adopted}, spec: {template: {metadata: {annotations: {jobsim/duration: 1h}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
  - { at: 60s, patch: { kind: Job, name: stray, metadata: { ownerReferences: null } } }
  - { at: 60s, patch: { kind: Job, name: adopted, metadata: { ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}] } } }
  - { at: 2m, delete: { kind: CronJob, name: cj } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    h.eq(h.job('stray').metadata.deletionTimestamp, undefined, 'the orphaned Job is not collected');
    h.eq(h.job('adopted').metadata.deletionTimestamp, '2026-01-01T00:02:00Z', 'the Job that names the CronJob now is collected with it');
    const u = h.events({ kind: 'CronJob', reason: 'UnexpectedJob' });
    h.eq(u.filter((e) => h.sec(e.firstTimestamp) >= 60).map((e) => [e.firstTimestamp, e.message]), [['2026-01-01T00:01:00Z', 'Saw a job that the controller did not create or forgot: adopted']], 'from the patches on, only the adopted Job is the CronJob\'s');
  },
};
