// Allow with Jobs finishing out of order and successfulJobsHistoryLimit 1. cleanupFinishedJobs keeps the newest by
// status.startTime, not by completion: when the long 00:10 Job completes last (00:35:01), the finished set is
// {00:10, 00:30} and the one with the older startTime - the Job that just finished - is deleted at once. Cleanup runs
// before syncCronJob and takes it out of status.active, so it gets no SawCompletedJob, yet lastSuccessfulTime moves
// to its completionTime.
export default {
  id: 'cronrows/history-deletes-just-finished-older-start',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2CleanupFinishedJobs; cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs (sort.Sort(byJobStartTime)), deleteJob (deleteFromActiveList), syncCronJob (SawCompletedJob only when found in active; IsJobSucceeded -> LastSuccessfulTime); utils_test.go TestByJobStartTime "both have non-nil, different start time"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 38m
  timeline:
  - { at: 15m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { annotations: { jobsim/duration: 3m } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 25m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:10:00Z', 'SuccessfulCreate', 'Created job cj-29453770'],
      ['2026-01-01T00:20:00Z', 'SuccessfulCreate', 'Created job cj-29453780'],
      ['2026-01-01T00:23:01Z', 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Complete'],
      ['2026-01-01T00:30:00Z', 'SuccessfulCreate', 'Created job cj-29453790'],
      ['2026-01-01T00:33:01Z', 'SuccessfulDelete', 'Deleted job cj-29453780'],
      ['2026-01-01T00:33:01Z', 'SawCompletedJob', 'Saw completed job: cj-29453790, condition: Complete'],
      ['2026-01-01T00:35:01Z', 'SuccessfulDelete', 'Deleted job cj-29453770'],
    ], 'events: the 00:10 Job is deleted at its own completion, never SawCompletedJob');
    const st = h.cronjob('cj').status;
    h.eq([st.lastSuccessfulTime, st.active], ['2026-01-01T00:35:01Z', undefined], 'lastSuccessfulTime from the deleted Job, active empty');
    h.eq(h.job('cj-29453770').metadata.deletionTimestamp, '2026-01-01T00:35:01Z', 'deleted at its completion');
  },
};
