// Contract §2: at most one Simulation document: a second one is invalid input (exit 2) reported at
// the second document's position.
export default {
  id: 'contract/exit-2-two-simulations',
  source: 'CONTRACT.md §2 ("At most one document of kind Simulation"), §1 exit 2 with file:line:col',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: one}
spec: {seed: 1}
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: two}
spec: {seed: 2}
`,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout empty');
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.eq(lines.length, 1, `one problem: ${r.stderr}`);
    h.assert(/\.yaml:6:1: Simulation two: /.test(lines[0]), `at the second document: ${lines[0]}`);
  },
};
