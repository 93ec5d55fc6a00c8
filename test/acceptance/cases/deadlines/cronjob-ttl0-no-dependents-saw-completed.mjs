// A CronJob's Job that finishes with no pod left (completions 0: Complete at creation) and ttlSecondsAfterFinished 0. The Job's
// Complete update enqueues the CronJob at once (one queue hop), while the Job's removal needs the TTL controller (GET, DELETE
// Foreground: deletionTimestamp + foregroundDeletion finalizer) and then the garbage collector (its informer event, its
// attemptToDelete worker, a PATCH removing the finalizer). The CronJob sync therefore still finds the finished Job: Normal
// SawCompletedJob "... condition: Complete" and lastSuccessfulTime = its completionTime, not MissingJob. jobsim already does
// this when the Job has a pod for the garbage collector to delete first (croninterplay/ttl-zero-saw-completed-not-missing).
export default {
  id: 'deadlines/cronjob-ttl0-no-dependents-saw-completed',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go updateJob -> enqueueController (immediate), syncCronJob (finished Job in active: SawCompletedJob, lastSuccessfulTime); pkg/controller/ttlafterfinished processJob (Foreground DELETE); garbagecollector.go attemptToDeleteItem (removes foregroundDeletion asynchronously); reference cronjob-and-friends §2.6 a, §4',
  args: ['--duration', '3m'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: c0}
spec:
  schedule: "1 * * * *"
  jobTemplate:
    spec:
      completions: 0
      ttlSecondsAfterFinished: 0
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('c0-29453761');
    h.eq([h.sec(job.metadata.deletionTimestamp), h.sec(job.status.completionTime)], [60, 60], 'Job [deletionTimestamp, completionTime]');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, e.message]), [
      ['SuccessfulCreate', 'Created job c0-29453761'],
      ['SawCompletedJob', 'Saw completed job: c0-29453761, condition: Complete']], 'CronJob events');
    h.eq(h.cronjob('c0').status.lastSuccessfulTime, '2026-01-01T00:01:00Z', 'lastSuccessfulTime');
  },
};
