// cronJobStrategy.PrepareForCreate clears the status and sets generation 1: a manifest carrying
// status.lastScheduleTime (yesterday 23:00) and generation 4 is stored without them. Created at 00:02,
// "*/5" has no missed slot since the creationTimestamp, so the first Job is 00:05's (not an immediate
// catch-up of 00:00, which the kept lastScheduleTime would have caused).
export default {
  id: 'strategy/cronjob-create-status-cleared',
  source: 'pkg/registry/batch/cronjob/strategy.go PrepareForCreate ("cronJob.Status = batch.CronJobStatus{}", "cronJob.Generation = 1"); pkg/controller/cronjob/utils.go mostRecentScheduleTime (earliestTime = lastScheduleTime, else creationTimestamp)',
  args: ['--duration', '6m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  start: "2026-01-01T00:02:00Z"
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, generation: 4}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
status:
  lastScheduleTime: "2025-12-31T23:00:00Z"
  lastSuccessfulTime: "2025-12-31T23:00:10Z"
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.generation, 1, 'generation');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => j.metadata.name), ['cj-29453765'], 'only the 00:05 Job');
    h.eq(jobs[0].metadata.creationTimestamp, '2026-01-01T00:05:00Z', 'created at 00:05');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:05:00Z', 'lastScheduleTime');
    h.eq(cj.status.lastSuccessfulTime, '2026-01-01T00:05:11Z', 'lastSuccessfulTime is the run\'s, not the manifest\'s');
  },
};
