// @every is a constant delay from creationTimestamp / lastScheduleTime, not aligned to the clock.
export default {
  id: 'cronjob/every-anchored-to-creation',
  source: 'reference cronjob-and-friends §1.2 (@every: Next(t) = floor_to_second(t) + d), §8.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-01-01T00:07:13Z"
  duration: 4h
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ev
spec:
  schedule: "@every 1h30m"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('ev').map((j) => [j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['2026-01-01T01:37:13Z', '2026-01-01T01:37:13Z'],
      ['2026-01-01T03:07:13Z', '2026-01-01T03:07:13Z'],
    ], 'creation + 90m, + 180m');
    h.eq(h.cronjob('ev').status.lastScheduleTime, '2026-01-01T03:07:13Z', 'lastScheduleTime keeps the seconds');
    h.eq(h.jobsOf('ev')[0].metadata.name, `ev-${Math.floor(Date.parse('2026-01-01T01:37:13Z') / 60000)}`, 'name uses whole minutes');
  },
};
