// Seed 003's CronJob omits restartPolicy too: the jobTemplate is validated as a Job spec, so the CronJob itself is
// refused (not each Job later), with the path under spec.jobTemplate.
export default {
  id: 'seeds/s003-cronjob-without-restartpolicy-refused',
  source: 'pkg/apis/batch/validation/validation.go validateCronJobSpec -> ValidateJobTemplateSpec -> validateJobSpec (restartPolicy Required)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup-cronjob
spec:
  schedule: "0 * * * *"  # Every hour
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: backup-task
              image: backup-image
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing on stdout');
    const lines = r.stderr.split('\n').filter((l) => l.includes('default/backup-cronjob'));
    h.eq(lines.length, 1, `one problem: ${r.stderr}`);
    h.assert(/:\d+:\d+: CronJob default\/backup-cronjob: spec\.jobTemplate\.spec\.template\.spec\.restartPolicy: Required value: valid values: "OnFailure", "Never"$/.test(lines[0]), `line: ${lines[0]}`);
  },
};
