// The simulator bounds the cluster (MaxNodes = 10,000 in all pools): one node more is invalid input,
// reported at spec.cluster.nodePools, not an internal error or a slow run.
export default {
  id: 'inputerrors/nodepool-too-many-nodes',
  source: 'CONTRACT.md §1 (exit 2, nothing simulated); jobsim src/scenario/load.ts MaxNodes',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: big}
spec:
  cluster:
    nodePools:
    - {name: a, count: 5000}
    - {name: b, count: 5001}
`,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout empty');
    h.assert(/\.yaml:6:5: Simulation big: spec\.cluster\.nodePools: Too many: 10001: must have at most 10000 nodes in all$/m.test(r.stderr), r.stderr);
  },
};
