// Seed 003's CronJob "fixed" by writing the pod default explicitly (restartPolicy: Always): still refused, with the same
// Required error as when it is omitted (validateJobSpec treats Always and "" alike), under spec.jobTemplate; Always is
// a valid pod value, so the pod template's own check adds nothing.
export default {
  id: 'seeds2/s2-003-cronjob-restartpolicy-always-refused',
  source: 'seed 003 CronJob; pkg/apis/batch/validation/validation.go validateJobSpec (RestartPolicyAlways || "" -> field.Required "valid values: \\"OnFailure\\", \\"Never\\""), ValidateJobTemplateSpec',
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
          restartPolicy: Always
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing on stdout');
    const lines = r.stderr.split('\n').filter((l) => l.includes('CronJob default/backup-cronjob'));
    h.eq(lines.map((l) => l.replace(/^.*CronJob default\/backup-cronjob: /, '')), [
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ], 'problems');
  },
};
