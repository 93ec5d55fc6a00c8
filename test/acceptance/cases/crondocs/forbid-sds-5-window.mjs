// Concept page, Forbid: "when the previous Job run finishes, .spec.startingDeadlineSeconds is still taken into account
// and may result in a new Job run"; and the caution that a deadline under 10 seconds "may not be scheduled" (the old
// controller polled every 10s; the v2 controller syncs 100ms after each slot). Two Forbid CronJobs "* * * * *" with
// startingDeadlineSeconds 5: "quick" Jobs run 61s (Complete 00:02:02, 2s after the blocked 00:02 slot: that slot
// starts late at once, and the next one 4s late), "slow" Jobs run 65s (Complete 00:02:06, 6s late: the 00:02 slot is dropped, the next Job is
// 00:03 on time). Both first Jobs start on time at 00:01:00 despite the 5s deadline.
const cj = (n, d) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 5
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "${d}"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`;
export default {
  id: 'crondocs/forbid-sds-5-window',
  source: 'website cron-jobs.md "Concurrency policy" (Forbid + startingDeadlineSeconds) and "Job creation" caution; utils.go mostRecentScheduleTime (earliest = max(last, now - SDS)), nextScheduleTimeDuration (+100ms); cronjob_controllerv2.go syncCronJob (JobAlreadyActive, Job update enqueues)',
  args: ['--duration', '3m30s'],
  scenario: `${cj('quick', '61s')}---\n${cj('slow', '65s')}`,
  check(r, h) {
    const ev = (n) => h.events({ kind: 'CronJob', name: n }).filter((e) => e.reason !== 'JobAlreadyActive').map((e) => [e.firstTimestamp, e.reason, e.message]);
    h.eq(ev('quick'), [
      ['2026-01-01T00:01:00Z', 'SuccessfulCreate', 'Created job quick-29453761'],
      ['2026-01-01T00:02:02Z', 'SawCompletedJob', 'Saw completed job: quick-29453761, condition: Complete'],
      ['2026-01-01T00:02:02Z', 'SuccessfulCreate', 'Created job quick-29453762'],
      ['2026-01-01T00:03:04Z', 'SawCompletedJob', 'Saw completed job: quick-29453762, condition: Complete'],
      ['2026-01-01T00:03:04Z', 'SuccessfulCreate', 'Created job quick-29453763']], 'quick: each blocked slot starts within its 5s');
    h.eq(ev('slow'), [
      ['2026-01-01T00:01:00Z', 'SuccessfulCreate', 'Created job slow-29453761'],
      ['2026-01-01T00:02:06Z', 'SawCompletedJob', 'Saw completed job: slow-29453761, condition: Complete'],
      ['2026-01-01T00:03:00Z', 'SuccessfulCreate', 'Created job slow-29453763']], 'slow: the blocked slot is past its deadline');
    h.eq(h.events({ kind: 'CronJob', name: 'slow', reason: 'JobAlreadyActive' }).map((e) => e.firstTimestamp), ['2026-01-01T00:02:00Z'], 'slow blocked once');
  },
};
