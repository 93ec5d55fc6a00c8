// A CronJob without a jobTemplate: its defaulted empty pod template fails ValidatePodSpec (containers) and then
// the Job rule on the defaulted restartPolicy Always, both placed at spec, in that order.
export default {
  id: 'validation3/cronjob-missing-jobtemplate-error-order',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobTemplateSpec -> validateJobSpec (ValidatePodTemplateSpec first, then "spec.Template.Spec.RestartPolicy == api.RestartPolicyAlways" Required "valid values: \\"OnFailure\\", \\"Never\\""); core ValidatePodSpec -> validateContainers ("if len(containers) == 0 { field.Required }"); pkg/apis/core/v1/defaults.go SetDefaults_PodSpec (restartPolicy Always) via SetObjectDefaults_CronJob',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nojt
spec:
  schedule: "@daily"
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '5: CronJob default/nojt: spec.jobTemplate.spec.template.spec.containers: Required value',
      '5: CronJob default/nojt: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ], 'problems in order');
  },
};
