// A key written twice in one mapping of the Simulation document is refused as kubectl refuses it
// (go-yaml: `mapping key "count" already defined at line N`), at the second key; the other
// documents are still checked.
export default {
  id: 'inputerrors/yaml-duplicate-key-in-simulation',
  source: 'sigs.k8s.io/yaml (go-yaml v2 strict unmarshal: "mapping key %#v already defined at line %d")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - name: w
      count: 2
      count: 3
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: -2
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '9:7: yaml: unmarshal errors: line 9: mapping key "count" already defined at line 8',
      '15:3: Job default/j: spec.completions: Invalid value: -2: must be greater than or equal to 0',
    ], 'both problems');
  },
};
