// A mapping key that is itself a collection (`? [a, b]`) is invalid input (go-yaml/sigs.k8s.io/yaml:
// "invalid map key"). stderr carries only the problem lines and the summary: no Node.js process
// warning ("Keys with collection values will be stringified ...", "Use node --trace-warnings").
export default {
  id: 'inputerrors/yaml-complex-key-no-node-warning',
  source: 'CONTRACT.md §1 (on exit 2 stderr names file, line, column, path, problem); project bar (never a stack trace, clean messages)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: l}
? [a, b]
: c
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const other = r.stderr.split('\n').filter((l) => l !== '' && !/\.yaml:\d+:\d+: /.test(l) && !/problem\(s\) found; nothing was simulated\.$/.test(l));
    h.eq(other, [], 'no other stderr lines');
    h.assert(/\.yaml:4:\d+: /.test(r.stderr), `the key's line: ${r.stderr}`);
  },
};
