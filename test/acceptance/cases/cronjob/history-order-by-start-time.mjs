// Cleanup orders finished Jobs by status.startTime, not completion: with successfulJobsHistoryLimit 1, a long Job
// that finishes after a newer short one is the one deleted, in the sync that sees it finish (no SawCompletedJob for it).
export default {
  id: 'cronjob/history-order-by-start-time',
  source: 'reference cronjob-and-friends §2.7 (order by status.startTime ascending, not completion time), §8.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 40m
  timeline:
  - { at: 15m, patch: { kind: CronJob, name: o, spec: { jobTemplate: { spec: { template: { metadata: { annotations: { jobsim/duration: "1m" } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: o
spec:
  schedule: "*/10 * * * *"
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "25m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const long = h.job('o-29453770');
    const short = h.job('o-29453780');
    h.near(h.sec(short.status.completionTime), 1200 + 60, 2, 'short Job done ~00:21');
    h.near(h.sec(long.status.completionTime), 600 + 1500, 2, 'long Job done ~00:35');
    const dels = h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [e.message, e.firstTimestamp]);
    const third = h.job('o-29453790');
    h.eq(dels, [
      ['Deleted job o-29453780', third.status.completionTime],
      ['Deleted job o-29453770', long.status.completionTime],
    ], 'at 00:31 the short 00:20 Job goes; at 00:35 the long Job (oldest startTime) is deleted as it completes, not the newer 00:30 one');
    h.eq(h.events({ kind: 'CronJob', reason: 'SawCompletedJob' }).filter((e) => e.message.includes('o-29453770')).length, 0, 'no SawCompletedJob for the Job cleanup removed from active');
    h.eq(h.cronjob('o').status.lastSuccessfulTime, long.status.completionTime, 'lastSuccessfulTime = the later completion');
  },
};
