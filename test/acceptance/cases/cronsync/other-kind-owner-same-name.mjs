// getJobsToBeReconciled keeps every Job of the namespace whose controllerRef *name* equals the CronJob's name; it
// checks neither the kind nor the uid. A Job controlled by a Job that happens to be called like the CronJob is
// therefore treated as one of the CronJob's Jobs: once finished it is history (successfulJobsHistoryLimit 0: deleted
// at the CronJob's next sync, SuccessfulDelete) and its completionTime becomes lastSuccessfulTime. Its own add/update
// events do not wake the CronJob (resolveControllerRef checks Kind), so this happens at the 00:05 requeue.
export default {
  id: 'cronsync/other-kind-owner-same-name',
  source: 'cronjob_controllerv2.go getJobsToBeReconciled (controllerRef.Name == cronJob.Name only), resolveControllerRef (Kind check: no enqueue), cleanupFinishedJobs, syncCronJob (IsJobSucceeded: lastSuccessfulTime whether or not in active); TestControllerV2GetJobsToBeReconciled',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m5s
  timeline:
  - {at: 1m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: child, ownerReferences: [{apiVersion: batch/v1, kind: Job, name: parent, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 1m}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: parent}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: parent}
spec:
  schedule: "*/5 * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('parent').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded Job uid (scenario precondition)');
    const child = h.job('child');
    h.hasCond(child, 'Complete');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:05:00Z', 'SuccessfulDelete', 'Deleted job child'],
      ['2026-01-01T00:05:00Z', 'SuccessfulCreate', 'Created job parent-29453765'],
    ], 'the foreign-kind child is history of the CronJob');
    h.eq(child.metadata.deletionTimestamp, '2026-01-01T00:05:00Z', 'child deleted by the history clean-up');
    const st = h.cronjob('parent').status;
    h.eq(st.lastSuccessfulTime, child.status.completionTime, 'lastSuccessfulTime from the child');
    h.eq(st.lastScheduleTime, '2026-01-01T00:05:00Z', 'lastScheduleTime');
  },
};
