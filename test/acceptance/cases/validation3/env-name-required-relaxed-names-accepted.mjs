// An env var needs a name (Required), while any printable ASCII other than '=' is a valid name
// (RelaxedEnvironmentVariableValidation): spaces, dots and colons pass.
export default {
  id: 'validation3/env-name-required-relaxed-names-accepted',
  source: 'pkg/apis/core/validation/validation.go ValidateEnv ("if len(ev.Name) == 0 { field.Required(idxPath.Child(\\"name\\"), \\"\\") }", else validation.IsRelaxedEnvVarName when opts.AllowRelaxedEnvironmentVariableValidation)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ev
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: abc
        image: image
        env:
        - {name: "MY VAR.with:colons", value: x}
        - {name: "", value: "z"}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/ev: spec.template.spec.containers[0].env[1].name: Required value'], 'problems');
  },
};
