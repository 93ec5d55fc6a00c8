// Hourly CronJob ran at 01:00; suspended at 01:30; schedule changed to */15 at 02:00 (requeue for
// the new schedule, but suspended: nothing); resumed at 03:10: the look-back from lastScheduleTime
// 01:00 with the new schedule finds 8 missed slots, only the most recent (03:00) runs, at once
// (no TooManyMissedTimes below 100); then 03:15 on time.
export default {
  id: 'timeline/cronjob-schedule-changed-while-suspended',
  source: 'cronjob_controllerv2.go updateCronJob (schedule change: AddAfter; other change: enqueue now), syncCronJob (suspend: no Job), utils.go mostRecentScheduleTime (from lastScheduleTime; >100 missed warning only), getJobName (minutes since epoch); reference cronjob §2.1, §2.3, §2.6 e',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sus}
spec:
  duration: 200m
  timeline:
  - {at: 90m, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
  - {at: 2h, patch: {kind: CronJob, name: cj, spec: {schedule: "*/15 * * * *"}}}
  - {at: 190m, patch: {kind: CronJob, name: cj, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('cj');
    const base = 29453760; // minutes since epoch of 2026-01-01T00:00Z
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [
      [`cj-${base + 60}`, 3600],
      [`cj-${base + 180}`, 11400],
      [`cj-${base + 195}`, 11700],
    ], 'Jobs (name, created)');
    h.eq(jobs[1].metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T03:00:00Z', 'scheduled for 03:00');
    h.eq(h.events({ reason: 'TooManyMissedTimes' }).length, 0, 'no TooManyMissedTimes');
    h.eq(h.sec(h.cronjob('cj').status.lastScheduleTime), 11700, 'lastScheduleTime 03:15');
  },
};
