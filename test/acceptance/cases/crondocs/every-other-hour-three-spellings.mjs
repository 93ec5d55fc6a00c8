// Concept page, "Vixie cron" step values: "0-23/2 can be used in the hours field to specify command execution every
// other hour (the alternative in the V7 standard is 0,2,4,...,22). Steps are also permitted after an asterisk, so
// ... every two hours, just use */2". Three CronJobs with the three spellings, created at 00:00:00 and run for a
// day: each creates its Jobs at the same eleven instants 02:00, 04:00, ... 22:00 (00:00 is the creation instant,
// not after it), with the same name suffixes.
const spellings = { range: '0 0-23/2 * * *', list: '0 0,2,4,6,8,10,12,14,16,18,20,22 * * *', star: '0 */2 * * *' };
export default {
  id: 'crondocs/every-other-hour-three-spellings',
  source: 'website cron-jobs.md "Schedule syntax" (FreeBSD crontab(5) step values); robfig/cron v3 parser.go getRange (range/step, "*" with step); utils.go mostRecentScheduleTime (Next strictly after creationTimestamp)',
  args: ['--duration', '23h59m'],
  scenario: Object.entries(spellings).map(([n, s]) => `apiVersion: batch/v1
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
    const want = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22].map((x) => `2026-01-01T${String(x).padStart(2, '0')}:00:00Z`);
    for (const n of Object.keys(spellings)) {
      const ev = h.events({ kind: 'CronJob', name: n, reason: 'SuccessfulCreate' });
      h.eq(ev.map((e) => e.firstTimestamp), want, `${n}: create times`);
      h.eq(ev.map((e) => e.message), want.map((t) => `Created job ${n}-${Date.parse(t) / 60000}`), `${n}: names`);
      h.eq(h.cronjob(n).status.lastScheduleTime, '2026-01-01T22:00:00Z', `${n}: lastScheduleTime`);
    }
  },
};
