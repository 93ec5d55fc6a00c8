// Concept page "Schedule suspension": suspending "does not affect Jobs that the CronJob has already started", even
// under Replace. A Replace CronJob "* * * * *" with 150s Jobs, suspended at 00:01:30: at 00:02 and 00:03 nothing is
// replaced or created (the suspended check comes before the concurrency policy); the 00:01 Job runs to its end
// (00:03:31), is seen (SawCompletedJob, lastSuccessfulTime) and status.active empties, while the CronJob stays suspended.
export default {
  id: 'crondocs/suspend-leaves-running-job',
  source: 'website cron-jobs.md "Schedule suspension"; cronjob_controllerv2.go syncCronJob (Active/finished reconciliation first, then "if cronJob.Spec.Suspend ... return" before Forbid/Replace)',
  args: ['--duration', '4m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: suspend}
spec:
  timeline:
  - { at: 90s, patch: { kind: CronJob, name: hello, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
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
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:01:00Z', 'SuccessfulCreate', 'Created job hello-29453761'],
      ['2026-01-01T00:03:31Z', 'SawCompletedJob', 'Saw completed job: hello-29453761, condition: Complete']], 'events');
    const cj = h.cronjob('hello');
    h.eq([cj.spec.suspend, cj.status.active, cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], [true, undefined, '2026-01-01T00:01:00Z', '2026-01-01T00:03:31Z'], 'status');
    h.eq(h.job('hello-29453761').metadata.deletionTimestamp, undefined, 'not replaced');
  },
};
