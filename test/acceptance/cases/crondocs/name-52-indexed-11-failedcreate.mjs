// The 52-character limit only covers the name suffix, not an Indexed template's hostnames: a 52-character CronJob
// whose jobTemplate is Indexed with 11 completions is accepted (the API server validates the template, not the
// future Job names), but every Job it makes is refused by the Job validation ("<job>-10" is 64 characters). The
// controller records Warning FailedCreate with the API error, creates no Job and sets no lastScheduleTime.
const name = 'nightly-analytics-warehouse-backup-to-object-storage';
const job = `${name}-29453761`;
export default {
  id: 'crondocs/name-52-indexed-11-failedcreate',
  source: 'validation.go ValidateCronJobCreate (no Indexed hostname check on the template) and ValidateJob ("will not able to create pod with invalid DNS label: %s"); cronjob_controllerv2.go syncCronJob (FailedCreate "Error creating job: %v")',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      completionMode: Indexed
      completions: 11
      parallelism: 1
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const fc = h.events({ kind: 'CronJob', reason: 'FailedCreate' });
    h.assert(fc.length >= 1, 'FailedCreate recorded');
    h.eq([fc[0].firstTimestamp, fc[0].type, fc[0].message], ['2026-01-01T00:01:00Z', 'Warning',
      `Error creating job: Job.batch "${job}" is invalid: metadata.name: Invalid value: "${job}": will not able to create pod with invalid DNS label: ${job}-10`], 'first FailedCreate');
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).length, 0, 'no SuccessfulCreate');
    h.eq(h.cronjob(name).status.lastScheduleTime, undefined, 'no lastScheduleTime');
  },
};
