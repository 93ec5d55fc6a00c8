// A Job whose controller ownerReference is removed (orphaned by a user patch) is no longer one of the CronJob's
// Jobs: getJobsToBeReconciled lists the namespace's Jobs and keeps those whose *current* controllerRef names the
// CronJob. So after the patch: no more UnexpectedJob, its completion does not set lastSuccessfulTime, and the
// history clean-up (successfulJobsHistoryLimit 0) never deletes it (no SuccessfulDelete, no FailedDelete).
export default {
  id: 'cronsync/orphaned-job-not-reconciled',
  source: 'cronjob_controllerv2.go getJobsToBeReconciled (jobLister.List(labels.Everything()); metav1.GetControllerOf(job).Name == cronJob.Name), updateJob (controllerRefChanged: enqueue the old CronJob), cleanupFinishedJobs/removeOldestJobs over jobsToBeReconciled only',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 1h0m5s
  timeline:
  - {at: 30s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: stray, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 2m}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
  - { at: 90s, patch: { kind: Job, name: stray, metadata: { ownerReferences: null } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const ev = h.events({ kind: 'CronJob' });
    const unexpected = ev.filter((e) => e.reason === 'UnexpectedJob');
    h.assert(unexpected.length >= 1, 'UnexpectedJob while the Job was controlled by the CronJob');
    h.eq(unexpected.filter((e) => h.sec(e.firstTimestamp) > 90).length, 0, 'no UnexpectedJob after the Job was orphaned');
    h.eq(ev.filter((e) => e.reason === 'SuccessfulDelete' || e.reason === 'FailedDelete').map((e) => e.message), [], 'the orphan is not history');
    const stray = h.job('stray');
    h.assert(stray.metadata.deletionTimestamp === undefined, 'the orphan Job is never deleted by the CronJob controller');
    h.eq(stray.metadata.ownerReferences, undefined, 'orphaned');
    h.hasCond(stray, 'Complete');
    const st = h.cronjob('cj').status;
    h.eq(st.lastSuccessfulTime, undefined, 'the orphan\'s completion (00:02:31) is not a success of the CronJob');
    h.eq(st.lastScheduleTime, '2026-01-01T01:00:00Z', 'lastScheduleTime');
    h.eq((st.active ?? []).map((a) => a.name), ['cj-29453820'], 'active');
  },
};
