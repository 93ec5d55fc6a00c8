// A file that starts with "{" is decoded by kubectl as JSON (encoding/json), not YAML: a trailing comma in
// an object is a JSON syntax error ("json: offset N: invalid character '}' looking for beginning of
// object key string") and nothing is applied. Found: jobsim reads it as a YAML flow mapping, where the
// trailing comma is allowed, and runs the Job (exit 0).
export default {
  id: 'robust2/json-trailing-comma-refused',
  source: 'apimachinery util/yaml decoder.go YAMLOrJSONDecoder.Decode (json.NewDecoder; *json.SyntaxError -> JSONSyntaxError "json: offset %d: %s")',
  exit: 2,
  scenario: `{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j1",}, "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}}
`,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout');
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.eq(lines.length, 1, `one problem: ${r.stderr}`);
    h.assert(/\.yaml:1:\d+: /.test(lines[0]), lines[0]);
  },
};
