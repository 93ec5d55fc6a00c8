// Invalid behaviours exit 2 with one line per problem: file:line:col, the field path, what is wrong.
// Negative durations (fixed, a uniform bound, an exponential mean), a uniform of one element, a
// lognormal without p95, failureProbability out of [0, 1] or a string, exitCodes given as a string or
// with a non-integer, an unknown field, and LabelSelector errors in apimachinery's words.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bad}
spec:
  behaviors:
  - selector: {matchExpressions: [{key: a, operator: Bogus, values: [x]}]}
    duration: -5s
  - duration: {uniform: [1m]}
    exitCodes: "1,0"
  - duration: {lognormal: {median: 2m}}
    failureProbability: 1.5
  - duration: {exponential: {mean: -1m}}
    exitCodes: [a]
  - duration: {uniform: [-1s, 5s]}
    failureProbability: "0.5"
  - selector: {matchLabels: {"bad key!": x}}
    durations: 5s
  - selector: {matchExpressions: [{key: a, operator: In}]}
    duration: 1.5
`;
const col = (line, key) => scenario.split('\n')[line - 1].indexOf(key) + 1;
export default {
  id: 'workload/behavior-input-errors',
  source: 'CONTRACT.md §1 (exit 2; file, line and column, field path, what is wrong, for every problem); apimachinery metav1validation ValidateLabelSelectorRequirement ("not a valid selector operator", "must be specified when `operator` is \'In\' or \'NotIn\'"), ValidateLabels/IsQualifiedName',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    const has = (line, key, path, what) => {
      const want = `${line}:${col(line, key)}: Simulation bad: ${path}: `;
      const l = lines.find((x) => x.startsWith(want));
      h.assert(l !== undefined, `missing ${want}... in:\n${lines.join('\n')}`);
      if (what) h.assert(l.includes(what), `${l} lacks ${what}`);
    };
    has(6, 'operator', 'spec.behaviors[0].selector.matchExpressions[0].operator', 'Invalid value: "Bogus": not a valid selector operator');
    has(7, 'duration', 'spec.behaviors[0].duration', '"-5s"');
    has(8, 'uniform', 'spec.behaviors[1].duration.uniform', 'must be [MIN, MAX]');
    has(9, 'exitCodes', 'spec.behaviors[1].exitCodes', 'must be of type array');
    has(10, 'lognormal', 'spec.behaviors[2].duration.lognormal.p95', 'Required value');
    has(11, 'failureProbability', 'spec.behaviors[2].failureProbability', 'Invalid value: 1.5: must be between 0 and 1, inclusive');
    has(12, 'mean', 'spec.behaviors[3].duration.exponential.mean', '"-1m"');
    has(13, 'a]', 'spec.behaviors[3].exitCodes[0]', 'must be of type integer');
    has(14, '-1s', 'spec.behaviors[4].duration.uniform[0]', '"-1s"');
    has(15, 'failureProbability', 'spec.behaviors[4].failureProbability', 'must be of type number');
    has(16, 'matchLabels', 'spec.behaviors[5].selector.matchLabels', 'Invalid value: "bad key!": name part must consist of alphanumeric characters');
    has(17, 'durations', 'spec.behaviors[5].durations', 'unknown field');
    has(18, '{key', 'spec.behaviors[6].selector.matchExpressions[0].values', "Required value: must be specified when `operator` is 'In' or 'NotIn'");
    has(19, 'duration', 'spec.behaviors[6].duration', 'Invalid value: 1.5');
    h.eq(lines.length, 14, 'one line per problem');
    h.eq(r.stdout, '', 'nothing simulated');
  },
};
