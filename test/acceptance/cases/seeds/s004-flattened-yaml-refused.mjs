// Seed 004 as printed (its indentation was lost): "spec:" appears twice at the top level, which kubectl refuses
// before anything reaches the API server: `yaml: unmarshal errors: line 7: mapping key "spec" already defined at
// line 5`. The simulator must refuse it too (exit 2), naming the line of the duplicate key (7) and the key.
export default {
  id: 'seeds/s004-flattened-yaml-refused',
  source: 'sigs.k8s.io/yaml (go-yaml) duplicate mapping key error as kubectl prints it, e.g. k8up-io/k8up#452, olix0r/l2-k3d-multi#6',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
name: pi-calculator
spec:
template:
spec:
containers:
- name: pi
image: perl:5.34.0
command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
restartPolicy: Never
backoffLimit: 4
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing on stdout');
    const lines = r.stderr.split('\n').filter((l) => /:\d+:\d+: /.test(l));
    h.assert(lines.length >= 1, `a positioned problem: ${r.stderr}`);
    h.assert(/:7:\d+: /.test(lines[0]), `the duplicate key is on line 7: ${lines[0]}`);
    h.assert(/"spec"|\bspec\b/.test(lines[0]), `names the duplicate key: ${lines[0]}`);
  },
};
