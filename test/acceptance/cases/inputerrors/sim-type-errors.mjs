// Values of the wrong type anywhere in the Simulation document are reported in the OpenAPI wording the
// README documents (`X in body must be of type T: "U"`), each at its key, all at once.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: types}
spec:
  seed: 1.5
  behaviors:
  - exitCodes: "1,0"
    failureProbability: "0.5"
    perIndex: []
  timeline: {}
  faults: x
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/sim-type-errors',
  source: 'README "Known differences: Input errors" (OpenAPI wording, every one with its position); CONTRACT.md §1',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      `${at(5, 'seed')}: Simulation types: spec.seed: Invalid value: 1.5: spec.seed in body must be of type integer: "number"`,
      `${at(7, 'exitCodes')}: Simulation types: spec.behaviors[0].exitCodes: Invalid value: "1,0": spec.behaviors[0].exitCodes in body must be of type array: "string"`,
      `${at(8, 'failureProbability')}: Simulation types: spec.behaviors[0].failureProbability: Invalid value: "0.5": spec.behaviors[0].failureProbability in body must be of type number: "string"`,
      `${at(9, 'perIndex')}: Simulation types: spec.behaviors[0].perIndex: Invalid value: "array": spec.behaviors[0].perIndex in body must be of type object: "array"`,
      `${at(10, 'timeline')}: Simulation types: spec.timeline: Invalid value: "object": spec.timeline in body must be of type array: "object"`,
      `${at(11, 'faults')}: Simulation types: spec.faults: Invalid value: "x": spec.faults in body must be of type array: "string"`,
    ], 'type errors');
  },
};
