// A Job created by hand with a controller ownerReference to the CronJob is one of its Jobs even though it is not in
// status.active: while it runs, UnexpectedJob; once Complete, no SawCompletedJob (it was never active), but its
// completionTime becomes lastSuccessfulTime and, with successfulJobsHistoryLimit 0, the history clean-up deletes it.
export default {
  id: 'cronsync/stray-owned-job-is-history',
  source: 'cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs/deleteJob ("Deleted job %v"), syncCronJob (IsJobFinished: SawCompletedJob only if found in active; IsJobSucceeded: LastSuccessfulTime regardless)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 3m
  timeline:
  - {at: 30s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: stray, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}]}, spec: {template: {metadata: {annotations: {jobsim/duration: 1m}}, spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
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
    const stray = h.job('stray');
    h.hasCond(stray, 'Complete');
    const done = h.sec(stray.status.completionTime);
    const ev = h.events({ kind: 'CronJob' });
    h.assert(ev.filter((e) => e.reason === 'UnexpectedJob').every((e) => h.sec(e.firstTimestamp) < done), 'UnexpectedJob only while it runs');
    h.eq(ev.filter((e) => e.reason !== 'UnexpectedJob').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      [stray.status.completionTime, 'SuccessfulDelete', 'Deleted job stray'],
    ], 'deleted as history when seen Complete; no SawCompletedJob');
    h.eq(stray.metadata.deletionTimestamp, stray.status.completionTime, 'deleted at its completion');
    const st = h.cronjob('cj').status;
    h.eq([st.lastSuccessfulTime, st.lastScheduleTime, st.active], [stray.status.completionTime, undefined, undefined], 'status');
  },
};
