// A fault whose target has the wrong type is one problem (the type), not two: the loader's own rule is
// that "a value already reported with the wrong type is absent now: do not report it twice", and the
// fault does have exactly one action.
export default {
  id: 'inputerrors/fault-wrong-type-reported-once',
  source: 'CONTRACT.md §1 (what is wrong, for every problem found); jobsim src/scenario/load.ts Sink.fieldErrors (pruned values are not reported twice)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f}
spec:
  faults:
  - {at: 1h, nodeDown: 5}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.assert(lines.some((l) => /\.yaml:6:14: Simulation f: spec\.faults\[0\]\.nodeDown: Invalid value: 5: spec\.faults\[0\]\.nodeDown in body must be of type string: "integer"$/.test(l)), r.stderr);
    h.eq(lines.length, 1, `one problem only: ${r.stderr}`);
  },
};
