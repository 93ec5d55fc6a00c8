// e2e "should delete successful finished jobs with limit of one successful job" (ensureHistoryLimits), with exact times:
// successfulJobsHistoryLimit 1, jobs done 11s after each slot. When the 2m Job completes (2m11s) the sync first cleans up
// (two finished, keep 1: the oldest start is deleted, SuccessfulDelete "Deleted job ...", its Succeeded pod deleted at
// once), then records SawCompletedJob; the same again at 3m11s. One finished Job is left.
export default {
  id: 'e2e2/cronjob-history-success-events',
  source: 'test/e2e/apps/cronjob.go "should delete successful finished jobs with limit of one successful job" (ensureHistoryLimits: 1 finished Job, the older one and its pods gone); cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs (byJobStartTime), deleteJob (SuccessfulDelete); pod strategy CheckGracefulDelete (terminal pod: grace 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: successful-jobs-history-limit}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Allow
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 0
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox, command: [/bin/true]}]
`,
  check(r, h) {
    const n = (m) => `successful-jobs-history-limit-${29453760 + m}`;
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', `Created job ${n(1)}`, 60], ['SawCompletedJob', `Saw completed job: ${n(1)}, condition: Complete`, 71],
      ['SuccessfulCreate', `Created job ${n(2)}`, 120], ['SuccessfulDelete', `Deleted job ${n(1)}`, 131], ['SawCompletedJob', `Saw completed job: ${n(2)}, condition: Complete`, 131],
      ['SuccessfulCreate', `Created job ${n(3)}`, 180], ['SuccessfulDelete', `Deleted job ${n(2)}`, 191], ['SawCompletedJob', `Saw completed job: ${n(3)}, condition: Complete`, 191]], 'cronjob events');
    h.eq(h.jobsOf('successful-jobs-history-limit').map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp)]), [[n(1), 131], [n(2), 191], [n(3), undefined]], 'jobs');
    h.eq(h.of('Pod').map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [['Succeeded', 131], ['Succeeded', 191], ['Succeeded', undefined]], 'pods of deleted Jobs deleted at once');
    h.eq(h.sec(h.cronjob('successful-jobs-history-limit').status.lastSuccessfulTime), 191, 'lastSuccessfulTime');
  },
};
