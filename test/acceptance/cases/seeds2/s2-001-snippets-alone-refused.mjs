// Seed 001's fragments "spec: backoffLimit: 5, activeDeadlineSeconds: 300" applied as a Job on their own (a learner
// pasting the snippet): the API server refuses it with exactly two problems, in validateJobSpec's order: first the pod
// template's containers (ValidatePodTemplateSpec), then restartPolicy (defaulted to Always, which a Job refuses).
export default {
  id: 'seeds2/s2-001-snippets-alone-refused',
  source: 'seed 001 §7; pkg/apis/batch/validation/validation.go validateJobSpec (ValidatePodTemplateSpec before the restartPolicy check: Always or "" -> Required "valid values: \\"OnFailure\\", \\"Never\\""); core validation ValidatePodSpec (containers Required)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: snippet
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 300
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing on stdout');
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/snippet'));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/snippet: /, '')), [
      'spec.template.spec.containers: Required value',
      'spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ], 'problems');
  },
};
