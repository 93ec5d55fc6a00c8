// failureProbability must be a number between 0 and 1: YAML's .nan is not (every comparison with NaN is
// false, so a range check that only rejects < 0 and > 1 lets it through and the rule silently never
// fails). Likewise .inf counts are type errors, not crashes.
export default {
  id: 'inputerrors/failure-probability-nan',
  source: 'README behaviors (failureProbability: each attempt fails with this probability); project bar (no silent default); JSON has no NaN/Infinity, so the API could not carry them',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: .inf}
  behaviors:
  - {duration: 1m, failureProbability: .nan, failExitCode: 3}
`,
  check(r, h) {
    h.assert(/\.yaml:7:17: Simulation s: spec\.cluster\.nodePools\[0\]\.count: Invalid value: Infinity: /m.test(r.stderr), `count .inf: ${r.stderr}`);
    h.assert(/\.yaml:9:20: Simulation s: spec\.behaviors\[0\]\.failureProbability: Invalid value: NaN/m.test(r.stderr), `failureProbability .nan: ${r.stderr}`);
  },
};
