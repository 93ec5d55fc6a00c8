// SetDefaults_Job copies the template labels only to a Job without labels of its own: with its own labels,
// a bad template label key is reported once, on spec.template.labels (not on metadata.labels).
export default {
  id: 'validation3/job-own-labels-template-label-invalid-once',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job ("if len(obj.Labels) == 0 { obj.Labels = obj.Spec.Template.Labels }"); pkg/apis/core/validation/validation.go ValidatePodTemplateSpec (ValidateLabels(spec.Labels, fldPath.Child("labels")))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: own
  labels: {team: a}
spec:
  template:
    metadata:
      labels: {"bad key!": v}
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ["Job default/own: spec.template.labels: Invalid value: \"bad key!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"], 'problems');
  },
};
