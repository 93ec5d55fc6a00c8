// Behaviours: distributions must be well-formed (uniform MIN <= MAX, lognormal p95 >= median, exactly one
// kind, positive exponential mean), exit codes 0-255, failExitCode 1-255 and only with failureProbability,
// perIndex keys are completion indexes, exitCodes non-empty; the selector is a valid LabelSelector.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: b}
spec:
  behaviors:
  - selector: {matchExpressions: [{key: a, operator: Exists, values: [x]}]}
    duration: {uniform: [30m, 10m]}
  - duration: {lognormal: {median: 20m, p95: 10m}}
    exitCodes: [256, -1]
  - duration: {exponential: {mean: 0s}}
    failExitCode: 0
  - duration: {uniform: [1m, 2m], exponential: {mean: 1m}}
    perIndex:
      "-1": {exitCodes: [1]}
      "2": {exitCodes: []}
  - duration: uniform(10m)
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/behavior-errors',
  source: 'CONTRACT.md §2 behaviors (duration | { uniform } | { lognormal: { median, p95 } }; exitCodes per attempt); README (failureProbability, failExitCode, perIndex, exponential); apimachinery ValidateLabelSelector',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    const want = [
      `${at(6, 'values')}: Simulation b: spec.behaviors[0].selector.matchExpressions[0].values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`,
      `${at(7, 'uniform')}: Simulation b: spec.behaviors[0].duration.uniform: Invalid value: "array": MIN must not be greater than MAX`,
      `${at(8, 'p95')}: Simulation b: spec.behaviors[1].duration.lognormal.p95: Invalid value: "10m": must not be less than median`,
      `${at(9, '256')}: Simulation b: spec.behaviors[1].exitCodes[0]: Invalid value: 256: must be between 0 and 255, inclusive`,
      `${at(9, '-1')}: Simulation b: spec.behaviors[1].exitCodes[1]: Invalid value: -1: must be between 0 and 255, inclusive`,
      `${at(10, 'duration')}: Simulation b: spec.behaviors[2].failureProbability: Required value: when failExitCode is set`,
      `${at(10, 'mean')}: Simulation b: spec.behaviors[2].duration.exponential.mean: Invalid value: "0s": must be greater than 0`,
      `${at(11, 'failExitCode')}: Simulation b: spec.behaviors[2].failExitCode: Invalid value: 0: must be between 1 and 255, inclusive`,
      `${at(12, 'duration')}: Simulation b: spec.behaviors[3].duration: Invalid value: "object": must have exactly one of uniform, lognormal, exponential`,
      `${at(14, '"-1"')}: Simulation b: spec.behaviors[3].perIndex[-1]: Invalid value: "-1": must be a completion index (0, 1, 2, ...)`,
      `${at(15, 'exitCodes')}: Simulation b: spec.behaviors[3].exitCodes: Required value: at least one exit code`,
      `${at(16, 'duration')}: Simulation b: spec.behaviors[4].duration: Invalid value: "uniform(10m)": must be a duration such as 500ms, 90s, 1h30m or 7d, or uniform(MIN,MAX), lognormal(MEDIAN,P95), exponential(MEAN)`,
    ];
    h.eq(lines.length, want.length, `count: ${r.stderr}`);
    for (let i = 0; i < want.length; i++) {
      if (i === 10) { h.assert(lines[i].startsWith(`${at(15, 'exitCodes')}: Simulation b: spec.behaviors[3].perIndex[2].exitCodes: Required value: at least one exit code`), `perIndex exitCodes: ${lines[i]}`); continue; }
      h.eq(lines[i], want[i], `problem ${i}`);
    }
  },
};
