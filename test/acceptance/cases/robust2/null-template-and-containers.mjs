// `template: null` (a struct: null is ignored, the template stays empty) and `containers: null` (a nil
// slice) are reported as the missing fields they leave, each at the nearest written key, all at once.
export default {
  id: 'robust2/null-template-and-containers',
  source: 'encoding/json (null for a struct is a no-op, for a slice sets nil); core validation ValidatePodSpec (containers Required); CONTRACT.md §1',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  template: null
---
apiVersion: batch/v1
kind: Job
metadata: {name: c}
spec:
  template:
    spec:
      containers: null
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '5:3: Job default/t: spec.template.spec.containers: Required value',
      '5:3: Job default/t: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
      '13:7: Job default/c: spec.template.spec.containers: Required value',
    ], 'problems');
    h.assert(/^3 problem\(s\) found; nothing was simulated\.$/m.test(r.stderr), r.stderr);
  },
};
