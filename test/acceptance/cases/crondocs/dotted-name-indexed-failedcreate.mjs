// "unexpected results for the Pod hostnames": the same dotted CronJob "backup.v2" with an Indexed jobTemplate is
// accepted, but each Job is refused, since an Indexed pod's hostname "<job>-<index>" must be a DNS label and
// "backup.v2-29453761-0" has a dot: Warning FailedCreate, no Job, no lastScheduleTime.
const job = 'backup.v2-29453761';
export default {
  id: 'crondocs/dotted-name-indexed-failedcreate',
  source: 'website cron-jobs.md (DNS subdomain vs DNS label names); validation.go ValidateJob (IsDNS1123Label(<name>-<completions-1>)); cronjob_controllerv2.go syncCronJob (FailedCreate)',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup.v2
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      completionMode: Indexed
      completions: 1
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const fc = h.events({ kind: 'CronJob', reason: 'FailedCreate' });
    h.assert(fc.length >= 1, 'FailedCreate recorded');
    h.eq([fc[0].firstTimestamp, fc[0].type, fc[0].message], ['2026-01-01T00:01:00Z', 'Warning',
      `Error creating job: Job.batch "${job}" is invalid: metadata.name: Invalid value: "${job}": will not able to create pod with invalid DNS label: ${job}-0`], 'first FailedCreate');
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq(h.cronjob('backup.v2').status.lastScheduleTime, undefined, 'no lastScheduleTime');
  },
};
