// Problems in a pretty-printed JSON manifest are reported at their own line and column, with the field
// path, all at once: a string for an int32 and a number for a string (OpenAPI wording, README "Input errors").
export default {
  id: 'robust2/json-problem-positions',
  source: 'CONTRACT.md §1 (file:line:col, field path, every problem); README Known differences "Input errors"',
  exit: 2,
  scenario: `{
  "apiVersion": "batch/v1",
  "kind": "Job",
  "metadata": {"name": "j"},
  "spec": {
    "parallelism": "2",
    "template": {
      "spec": {
        "containers": [{"name": "c", "image": 7}],
        "restartPolicy": "Never"
      }
    }
  }
}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '6:5: Job default/j: spec.parallelism: Invalid value: "2": spec.parallelism in body must be of type integer: "string"',
      '9:38: Job default/j: spec.template.spec.containers[0].image: Invalid value: 7: spec.template.spec.containers[0].image in body must be of type string: "integer"',
    ], 'problems');
    h.eq(r.stdout, '', 'stdout');
  },
};
