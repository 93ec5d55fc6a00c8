// int32 fields have the OpenAPI format bounds (-2147483648..2147483647) before any validation: one over
// and one under are refused in the OpenAPI wording at their keys, all at once.
export default {
  id: 'robust/int32-overflow-all-fields',
  source: 'kube-openapi validation (format int32: "should be less than or equal to 2147483647"); README "Known differences: Input errors"',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  parallelism: 2147483648
  completions: -2147483649
  backoffLimit: 4294967296
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '5:3: Job default/a: spec.parallelism: Invalid value: 2147483648: spec.parallelism in body should be less than or equal to 2147483647',
      '6:3: Job default/a: spec.completions: Invalid value: -2147483649: spec.completions in body should be greater than or equal to -2147483648',
      '7:3: Job default/a: spec.backoffLimit: Invalid value: 4294967296: spec.backoffLimit in body should be less than or equal to 2147483647',
    ], 'problems');
    h.eq(r.stdout, '', 'stdout');
  },
};
