// e2e ensureHistoryLimits with successfulJobsHistoryLimit 1 (used by the API-operations CronJob too): when the second
// Job completes (121s), the clean-up (run before syncCronJob) deletes the first ("Deleted job"), then the controller
// records SawCompletedJob for the second and lastSuccessfulTime = its completionTime.
export default {
  id: 'e2e/cronjob-history-one-success',
  source: 'test/e2e/apps/cronjob.go ensureHistoryLimits, "should support CronJob API operations" (successLimit 1, failedLimit 0); cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), syncCronJob (SawCompletedJob, LastSuccessfulTime); reference cronjob-and-friends §2.2, §2.7, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m30s
  timeline:
  - {at: 10s, patch: {kind: CronJob, name: test-api, metadata: {annotations: {patched: "true"}}}}
  - {at: 20s, patch: {kind: CronJob, name: test-api, metadata: {annotations: {updated: "true"}}}}
  - {at: 150s, delete: {kind: CronJob, name: test-api}}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: test-api
  labels: {special-label: cronjob-1234}
spec:
  schedule: "* */1 * * ?"
  concurrencyPolicy: Allow
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 0
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 1s}}
        spec:
          containers: [{name: c, image: busybox, command: [/bin/true]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const cj = h.cronjob('test-api');
    h.eq([h.sec(cj.status.lastScheduleTime), h.sec(cj.status.lastSuccessfulTime), (cj.status.active ?? []).length], [120, 121, 0], 'status');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', 'Created job test-api-29453761', 60],
      ['SawCompletedJob', 'Saw completed job: test-api-29453761, condition: Complete', 61],
      ['SuccessfulCreate', 'Created job test-api-29453762', 120],
      ['SuccessfulDelete', 'Deleted job test-api-29453761', 121],
      ['SawCompletedJob', 'Saw completed job: test-api-29453762, condition: Complete', 121]], 'events');
  },
};
