// Not YAML 1.1 booleans: `tRuE` (mixed case), "true" (quoted), 1 (an int): each a type error at its key.
export default {
  id: 'robust/yaml11-bool-not-forms',
  source: 'vendor/sigs.k8s.io/yaml/goyaml.v2/resolve.go resolveMapList; README "Known differences: Input errors" (OpenAPI wording)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  suspend: tRuE
  manualSelector: "true"
  template:
    spec:
      containers: [{name: c, image: busybox, stdin: 1}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '5:3: Job default/a: spec.suspend: Invalid value: "tRuE": spec.suspend in body must be of type boolean: "string"',
      '6:3: Job default/a: spec.manualSelector: Invalid value: "true": spec.manualSelector in body must be of type boolean: "string"',
      '9:46: Job default/a: spec.template.spec.containers[0].stdin: Invalid value: 1: spec.template.spec.containers[0].stdin in body must be of type boolean: "integer"',
    ], 'problems');
  },
};
