// evictPod's namespace part must be a DNS-1123 label: "Team/x" is refused; "a/b/c" is not NAMESPACE/NAME.
export default {
  id: 'namespaces/ns17-evictpod-bad-namespace',
  source: 'README faults (evictPod: NAMESPACE/NAME); util/validation IsDNS1123Label',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  duration: 1m
  faults:
  - {at: 10s, evictPod: "Team/x"}
  - {at: 10s, evictPod: "a/b/c"}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 2, JSON.stringify(lines));
    h.assert(lines[0].startsWith('7:15: Simulation ev: spec.faults[0].evictPod: Invalid value: "Team/x": namespace a lowercase RFC 1123 label must consist'), lines[0]);
    h.eq(lines[1], '8:15: Simulation ev: spec.faults[1].evictPod: Invalid value: "a/b/c": must be NAMESPACE/NAME or NAME', 'three parts');
  },
};
