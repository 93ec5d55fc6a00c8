// The Simulation document is decoded strictly like an API object: an unknown field under metadata is
// `unknown field "metadata.foo"`, and a spec that is a list is a type error at `spec`, both reported.
export default {
  id: 'inputerrors2/simulation-spec-and-metadata-shape',
  source: 'CONTRACT.md §2 (Simulation document; unknown fields are errors as with strict field validation); README Known differences: Input errors',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s, foo: 1}
spec: []
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '3:21: Simulation s: metadata.foo: strict decoding error: unknown field "metadata.foo"',
      '4:1: Simulation s: spec: Invalid value: "array": spec in body must be of type object: "array"',
    ], 'problems');
  },
};
