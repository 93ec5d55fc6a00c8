// A CronJob's job template gets the same completionMode rule, under spec.jobTemplate.spec (case-sensitive: "indexed" is refused).
export default {
  id: 'validation3/cronjob-jobtemplate-completion-mode-unsupported',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobTemplateSpec -> validateJobSpec(&spec.Spec, fldPath.Child("spec")) (NotSupported completionMode: "NonIndexed", "Indexed"); validateCronJobSpec',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cjm
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      completionMode: indexed
      template:
        spec:
          restartPolicy: Never
          containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['CronJob default/cjm: spec.jobTemplate.spec.completionMode: Unsupported value: "indexed": supported values: "NonIndexed", "Indexed"'], 'problems');
  },
};
