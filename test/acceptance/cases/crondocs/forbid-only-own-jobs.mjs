// Concept page "Concurrency policy": "concurrency policy only applies to the Jobs created by the same CronJob. If
// there are multiple CronJobs, their respective Jobs are always allowed to run concurrently." Two Forbid CronJobs on
// "* * * * *" whose Jobs run 90s: both create at 00:01; at 00:02 each is blocked by its OWN Job (JobAlreadyActive),
// not by the other's; each Job completes at 00:02:31 and each CronJob then starts its missed 00:02 run late, at
// 00:02:31 (no startingDeadlineSeconds). At any time the two CronJobs have one Job each running side by side.
const cj = (n) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "90s"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`;
export default {
  id: 'crondocs/forbid-only-own-jobs',
  source: 'website cron-jobs.md "Concurrency policy"; cronjob_controllerv2.go syncCronJob (Forbid checks len(cronJob.Status.Active) of this CronJob; JobAlreadyActive; the slot is not recorded so it runs when the active Job ends)',
  args: ['--duration', '2m40s'],
  scenario: `${cj('alpha')}---\n${cj('beta')}`,
  check(r, h) {
    for (const n of ['alpha', 'beta']) {
      h.eq(h.events({ kind: 'CronJob', name: n }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
        ['2026-01-01T00:01:00Z', 'SuccessfulCreate', `Created job ${n}-29453761`],
        ['2026-01-01T00:02:00Z', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
        ['2026-01-01T00:02:31Z', 'SawCompletedJob', `Saw completed job: ${n}-29453761, condition: Complete`],
        ['2026-01-01T00:02:31Z', 'SuccessfulCreate', `Created job ${n}-29453762`]], `${n} events`);
      h.eq(h.cronjob(n).status.active.map((a) => a.name), [`${n}-29453762`], `${n} active`);
    }
  },
};
