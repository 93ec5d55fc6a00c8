// Concept page macro table: @yearly (or @annually) = 0 0 1 1 *, @monthly = 0 0 1 * *, @weekly = 0 0 * * 0
// (midnight on Sunday morning), @daily (or @midnight) = 0 0 * * *, @hourly = 0 * * * *. Seven CronJobs created at
// 2026-12-31T22:30Z (a Thursday) and run for 3 days: the first Jobs of each, their names and annotations.
const macros = { yearly: '@yearly', annually: '@annually', monthly: '@monthly', weekly: '@weekly', daily: '@daily', midnight: '@midnight', hourly: '@hourly' };
export default {
  id: 'crondocs/macros-new-year',
  source: 'website cron-jobs.md "Schedule syntax" macro table; robfig/cron v3 parser.go parseDescriptor; cronjob_controllerv2.go getJobName, utils.go getJobFromTemplate2 (scheduled-timestamp annotation)',
  args: ['--duration', '3d'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: macros}
spec:
  start: "2026-12-31T22:30:00Z"
---
` + Object.entries(macros).map(([n, s]) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "${s}"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`).join('---\n'),
  check(r, h) {
    const times = (n) => h.events({ kind: 'CronJob', name: n, reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp);
    for (const n of ['yearly', 'annually', 'monthly']) h.eq(times(n), ['2027-01-01T00:00:00Z'], `${n}: one Job at New Year`);
    for (const n of ['daily', 'midnight']) h.eq(times(n), ['2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z', '2027-01-03T00:00:00Z'], `${n}: every midnight`);
    h.eq(times('weekly'), ['2027-01-03T00:00:00Z'], 'weekly: Sunday 2027-01-03 00:00');
    const hourly = times('hourly');
    h.eq([hourly.length, hourly[0], hourly[1], hourly.at(-1)], [72, '2026-12-31T23:00:00Z', '2027-01-01T00:00:00Z', '2027-01-03T22:00:00Z'], 'hourly');
    const y = h.jobsOf('yearly')[0];
    h.eq([y.metadata.name, y.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']], [`yearly-${Date.parse('2027-01-01T00:00:00Z') / 60000}`, '2027-01-01T00:00:00Z'], 'yearly Job');
    h.eq(h.cronjob('yearly').spec.schedule, '@yearly', 'the macro is stored as written');
  },
};
