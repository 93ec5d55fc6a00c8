// A CronJob every minute for 7 days, created at the start: the first slot strictly after creation is +1m, the slot
// at the end instant is not reached: 10079 Jobs and pods, all Complete.
export default {
  id: 'scale/cronjob-week-every-minute-summary',
  source: 'cronjob/utils.go mostRecentScheduleTime (slots after creationTimestamp); CONTRACT.md -o summary counts',
  args: ['-o', 'summary'],
  timeoutMs: 180000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 7d
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: every }
spec:
  schedule: "* * * * *"

  jobTemplate:
    spec:

      template:
        metadata: { annotations: { jobsim/exit-codes: "0" } }
        spec:
          containers: [{ name: c, image: busybox }]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq([r.counts.CronJob, r.counts.Job, r.counts.Pod], [1, 10079, 10079], 'counts');
    h.eq([r.metrics.jobs.complete, r.metrics.jobs.failed], [10079, 0], 'jobs');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 11, p95: 11, p99: 11, max: 11 }, 'durations');
    h.eq(r.metrics.jobs.lastFinishedAt, 604751.1, 'last finished: 23:59:11.1 of day 7 (the Job is created 100ms after its slot)');
  },
};
