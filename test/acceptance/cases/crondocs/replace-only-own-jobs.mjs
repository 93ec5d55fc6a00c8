// Concurrency policy Replace "replaces the currently running Job run with a new Job run" - of the same CronJob only.
// Two Replace CronJobs on "* * * * *" with 150s Jobs: at 00:02 and 00:03 each deletes only its own running Job
// (SuccessfulDelete on itself) and creates its next one; the other CronJob's Job is untouched. At the end each has
// exactly one active Job, and each deleted Job is gone with its pod.
const cj = (n) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "150s"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`;
export default {
  id: 'crondocs/replace-only-own-jobs',
  source: 'website cron-jobs.md "Concurrency policy" (Replace; only Jobs of the same CronJob); cronjob_controllerv2.go syncCronJob (ranges over cronJob.Status.Active, deleteJob, SuccessfulDelete "Deleted job %v")',
  args: ['--duration', '3m30s'],
  scenario: `${cj('alpha')}---\n${cj('beta')}`,
  check(r, h) {
    for (const n of ['alpha', 'beta']) {
      h.eq(h.events({ kind: 'CronJob', name: n }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
        ['2026-01-01T00:01:00Z', 'SuccessfulCreate', `Created job ${n}-29453761`],
        ['2026-01-01T00:02:00Z', 'SuccessfulDelete', `Deleted job ${n}-29453761`],
        ['2026-01-01T00:02:00Z', 'SuccessfulCreate', `Created job ${n}-29453762`],
        ['2026-01-01T00:03:00Z', 'SuccessfulDelete', `Deleted job ${n}-29453762`],
        ['2026-01-01T00:03:00Z', 'SuccessfulCreate', `Created job ${n}-29453763`]], `${n} events`);
      h.eq(h.cronjob(n).status.active.map((a) => a.name), [`${n}-29453763`], `${n} active`);
      h.eq(h.job(`${n}-29453761`).metadata.deletionTimestamp, '2026-01-01T00:02:00Z', `${n}-29453761 deleted at 00:02`);
    }
  },
};
