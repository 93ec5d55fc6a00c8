// Both history limits lowered to 0 in one patch: cleanupFinishedJobs removes the successful class first, then the
// failed class, each oldest startTime first; all four SuccessfulDelete events come in that sync, at the patch time.
// Failed Jobs (backoffLimit 0) were seen with "condition: Failed" and never touched lastSuccessfulTime.
export default {
  id: 'croninterplay/both-limits-lowered-class-order',
  source: 'cronjob_controllerv2.go cleanupFinishedJobs (successfulJobs then failedJobs), removeOldestJobs, syncCronJob (SawCompletedJob condition, IsJobSucceeded for lastSuccessfulTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 50m
  behaviors:
  - selector: {matchLabels: {job-name: cj-29453770}}
    exitCodes: [1]
  - selector: {matchLabels: {job-name: cj-29453790}}
    exitCodes: [1]
  timeline:
  - {at: 45m, patch: {kind: CronJob, name: cj, spec: {successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 5
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: {annotations: {jobsim/duration: "1m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [661, 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Failed'],
      [1261, 'SawCompletedJob', 'Saw completed job: cj-29453780, condition: Complete'],
      [1861, 'SawCompletedJob', 'Saw completed job: cj-29453790, condition: Failed'],
      [2461, 'SawCompletedJob', 'Saw completed job: cj-29453800, condition: Complete'],
      [2700, 'SuccessfulDelete', 'Deleted job cj-29453780'],
      [2700, 'SuccessfulDelete', 'Deleted job cj-29453800'],
      [2700, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [2700, 'SuccessfulDelete', 'Deleted job cj-29453790'],
    ], 'CronJob events');
    h.eq(h.cronjob('cj').status.lastSuccessfulTime, '2026-01-01T00:41:01Z', 'lastSuccessfulTime from the last Complete Job only');
    h.eq(h.job('cj-29453790').status.completionTime, undefined, 'a failed Job has no completionTime');
  },
};
