// A CronJob (every minute, successfulJobsHistoryLimit 0) whose Jobs have ttlSecondsAfterFinished 30. The Job's Complete
// update enqueues the CronJob at once; cleanupFinishedJobs deletes it then (71s, background: no foregroundDeletion, no
// generation bump, SuccessfulDelete "Deleted job ..."), long before the TTL (101s). deleteJob also drops it from
// status.active, so syncCronJob records no SawCompletedJob but still sets lastSuccessfulTime (11s after each slot).
export default {
  id: 'ttl2/cronjob-success-history-zero-beats-ttl',
  source: 'cronjob_controllerv2.go updateJob (enqueueController), sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs/deleteJob (background, deleteFromActiveList, SuccessfulDelete), syncCronJob (IsJobSucceeded branch: lastSuccessfulTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 150s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: ok}
spec:
  schedule: "* * * * *"
  successfulJobsHistoryLimit: 0
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 30
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const js = ['ok-29453761', 'ok-29453762'].map((n) => h.job(n));
    h.eq(js.map((j) => [h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.deletionGracePeriodSeconds ?? null, j.metadata.finalizers ?? null]), [[71, 1, null, null], [131, 1, null, null]], 'deleted by history at completion (background)');
    h.eq(js.map((j) => h.podsOf(j.metadata.name).map((p) => h.sec(p.metadata.deletionTimestamp))), [[71], [131]], 'pods collected then');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[60, 'SuccessfulCreate', 'Created job ok-29453761'], [71, 'SuccessfulDelete', 'Deleted job ok-29453761'], [120, 'SuccessfulCreate', 'Created job ok-29453762'], [131, 'SuccessfulDelete', 'Deleted job ok-29453762']], 'CronJob events: no SawCompletedJob');
    h.eq(h.sec(h.cronjob('ok').status.lastSuccessfulTime), 131, 'lastSuccessfulTime');
  },
};
