// Strict decoding applies to every depth of the Simulation document: each unknown field is its own
// problem, at the key's line and column, with the full field path; all are listed at once, in line order.
export default {
  id: 'inputerrors/sim-unknown-fields-deep',
  source: 'CONTRACT.md §1 (exit 2: file:line:col, field path, every problem), §2 (unknown fields are errors, as with strict field validation)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: deep}
spec:
  cluster:
    nodePools:
    - name: w
      count: 2
      capacity: {cpu: "4", memory: 16Gi, gpu: 1}
  latencies: {imagePull: 1s, schedulng: 1s}
  behaviors:
  - selector: {matchLabels: {app: a}}
    duration: {lognormal: {median: 1m, p95: 2m, p99: 3m}}
    perIndex:
      "2": {exitCodes: [1], durations: 1s}
  faults:
  - {at: 1h, nodeDown: w-1, for: 5m, reason: kernel}
  check:
    faults: {podDown: {max: 1}}
`,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout empty');
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '9:42: Simulation deep: spec.cluster.nodePools[0].capacity.gpu: strict decoding error: unknown field "spec.cluster.nodePools[0].capacity.gpu"',
      '10:30: Simulation deep: spec.latencies.schedulng: strict decoding error: unknown field "spec.latencies.schedulng"',
      '13:49: Simulation deep: spec.behaviors[0].duration.lognormal.p99: strict decoding error: unknown field "spec.behaviors[0].duration.lognormal.p99"',
      '15:29: Simulation deep: spec.behaviors[0].perIndex[2].durations: strict decoding error: unknown field "spec.behaviors[0].perIndex[2].durations"',
      '17:38: Simulation deep: spec.faults[0].reason: strict decoding error: unknown field "spec.faults[0].reason"',
      '19:14: Simulation deep: spec.check.faults.podDown: strict decoding error: unknown field "spec.check.faults.podDown"',
    ], 'every unknown field, in order');
    h.assert(/^6 problem\(s\) found; nothing was simulated\.$/m.test(r.stderr), `summary line: ${r.stderr}`);
  },
};
