// ValidateCronJobUpdate validates the job template like a create (ValidateJobTemplateSpec ->
// validateJobSpec): a patch to restartPolicy: Always is refused with "Required value: valid values:
// \"OnFailure\", \"Never\"" under spec.jobTemplate.spec.template.spec.restartPolicy.
export default {
  id: 'strategy/val-cronjob-template-restartpolicy-update',
  source: 'pkg/apis/batch/validation/validation.go ValidateCronJobUpdate -> validateCronJobSpec -> ValidateJobTemplateSpec -> validateJobSpec (RestartPolicyAlways: field.Required(template.spec.restartPolicy, fmt.Sprintf("valid values: %q, %q", OnFailure, Never)))',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {template: {spec: {restartPolicy: Always}}}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, ['6: CronJob default/cj: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'], 'problems');
  },
};
