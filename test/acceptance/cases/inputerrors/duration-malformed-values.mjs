// Durations that are not Go-style (plus d) are refused wherever a duration is read, each at its key:
// a bare number other than 0, a unit Go does not have (y, H), a negative latency, a space inside.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 30
  latencies: {imagePull: -1s, containerStart: 1y, scheduling: 1H}
  cluster:
    nodePools:
    - {name: w, count: 1, mtbf: 1h 30m, mttr: 0s}
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/duration-malformed-values',
  source: 'CONTRACT.md §2 ("Go-style durations plus d: 500ms, 90s, 1h30m, 7d"); Go time.ParseDuration (unknown unit, no spaces)',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    const m = 'must be a duration such as 500ms, 90s, 1h30m or 7d';
    h.eq(lines, [
      `${at(5, 'duration')}: Simulation d: spec.duration: Invalid value: 30: ${m}`,
      `${at(6, 'imagePull')}: Simulation d: spec.latencies.imagePull: Invalid value: "-1s": ${m}`,
      `${at(6, 'containerStart')}: Simulation d: spec.latencies.containerStart: Invalid value: "1y": ${m}`,
      `${at(6, 'scheduling')}: Simulation d: spec.latencies.scheduling: Invalid value: "1H": ${m}`,
      `${at(9, 'mtbf')}: Simulation d: spec.cluster.nodePools[0].mtbf: Invalid value: "1h 30m": ${m}`,
      `${at(9, 'mttr')}: Simulation d: spec.cluster.nodePools[0].mttr: Invalid value: "0s": must be greater than 0`,
    ], 'duration problems');
  },
};
