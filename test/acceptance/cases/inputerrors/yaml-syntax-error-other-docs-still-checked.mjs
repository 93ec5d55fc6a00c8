// A YAML syntax error in one document does not hide the problems of the other documents of the file:
// the flow mapping never closed (line 9) and the Job's bad parallelism (line 5) are both reported,
// in line order.
export default {
  id: 'inputerrors/yaml-syntax-error-other-docs-still-checked',
  source: 'CONTRACT.md §1 ("for every problem found"); README ("Invalid input is reported all at once")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  parallelism: -1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.assert(lines.length >= 2, r.stderr);
    h.eq(lines[0], '5:3: Job default/a: spec.parallelism: Invalid value: -1: must be greater than or equal to 0', 'the Job problem first');
    h.assert(lines.slice(1).every((l) => /^1[3-4]:\d+: yaml: /.test(l)), `then the YAML error of the second document: ${lines.slice(1)}`);
  },
};
