// TestGetJobFromTemplate2: a Job gets only the labels and annotations of spec.jobTemplate.metadata (plus its own name,
// the controller ownerReference and the scheduled-timestamp annotation). Finalizers, ownerReferences and generateName
// written in the template (which the API server stores unvalidated) are not carried over: each Job's only owner is the
// CronJob, it has no finalizer, and the history clean-up (limit 1) deletes the older Jobs for good.
export default {
  id: 'cronrows/template-metadata-finalizers-ownerrefs-not-copied',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestGetJobFromTemplate2 (labels: exactly the template\'s; annotations: template\'s + scheduled timestamp); utils.go getJobFromTemplate2 (ObjectMeta{Labels, Annotations, Name, CreationTimestamp, OwnerReferences: [NewControllerRef(cj)]}); pkg/apis/batch/validation ValidateJobTemplateSpec (template metadata: labels/annotations only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 16m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    metadata:
      generateName: foo-
      labels: {team: a}
      annotations: {note: x}
      finalizers: [example.com/keep]
      ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: cfg, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da00}]
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.map((j) => j.metadata.name), ['cj-29453765', 'cj-29453770', 'cj-29453775'], 'Job names: <cronjob>-<minutes>, not generateName');
    for (const j of jobs) {
      h.eq(j.metadata.finalizers, undefined, `${j.metadata.name} finalizers`);
      h.eq((j.metadata.ownerReferences ?? []).map((o) => [o.kind, o.name, o.controller]), [['CronJob', 'cj', true]], `${j.metadata.name} ownerReferences`);
      h.eq([j.metadata.labels.team, Object.keys(j.metadata.annotations).sort()], ['a', ['batch.kubernetes.io/cronjob-scheduled-timestamp', 'note']], `${j.metadata.name} labels/annotations`);
    }
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T00:10:11Z', 'Deleted job cj-29453765'],
      ['2026-01-01T00:15:11Z', 'Deleted job cj-29453770'],
    ], 'history clean-up');
    h.eq(jobs.filter((j) => j.metadata.deletionTimestamp).map((j) => j.metadata.name), ['cj-29453765', 'cj-29453770'], 'deleted Jobs');
  },
};
