// Numbers that are not integers are type errors in the OpenAPI wording, each at its key: .5 (a float),
// .inf and 1e400 (both +Inf as float64), 1:30 (a string: go-yaml v2 has no base-60).
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  parallelism: .5
  completions: .inf
  backoffLimit: 1e400
  activeDeadlineSeconds: 1:30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'robust/yaml11-number-type-errors',
  source: 'README "Known differences: Input errors" (OpenAPI wording, every one with its position); goyaml.v2 resolve.go (.inf, floats; no sexagesimal)',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '5:3: Job default/a: spec.parallelism: Invalid value: 0.5: spec.parallelism in body must be of type integer: "number"',
      '6:3: Job default/a: spec.completions: Invalid value: Infinity: spec.completions in body must be of type integer: "number"',
      '7:3: Job default/a: spec.backoffLimit: Invalid value: Infinity: spec.backoffLimit in body must be of type integer: "number"',
      '8:3: Job default/a: spec.activeDeadlineSeconds: Invalid value: "1:30": spec.activeDeadlineSeconds in body must be of type integer: "string"',
    ], 'problems');
    h.assert(/^4 problem\(s\) found; nothing was simulated\.$/m.test(r.stderr), r.stderr);
  },
};
