// Contract §2: without duration, a scenario with a CronJob runs 24h (endedBy duration). The 00:00
// slot of the next day is at the end and is not started (the controller acts 100ms after the slot).
export default {
  id: 'contract/default-24h-with-cronjob',
  source: 'CONTRACT.md §2 ("one with a CronJob runs 24h"); cronjob controller requeue nextScheduleTime + 100ms (reference cronjob-and-friends)',
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "0 * * * *"
  successfulJobsHistoryLimit: 100
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq([r.spec.start, r.spec.end, r.spec.endedBy], ['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 'duration'], 'spec');
    h.eq(r.metrics.simulation.virtualSeconds, 86400, 'virtualSeconds');
    h.eq(h.jobsOf('hourly').length, 23, 'runs 01:00..23:00');
    h.eq(r.counts.Job, 23, 'counts.Job');
  },
};
