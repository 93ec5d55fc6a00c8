// A count that is a valid int32 but absurd (10^9 nodes) must be refused like 10,001 nodes: exit 2 with
// "Too many", promptly — not an internal error (exit 1) after building a set of node names.
export default {
  id: 'inputerrors/nodepool-huge-count',
  source: 'CONTRACT.md §1 (exit 2 invalid input; 1 only for internal errors); project bar: never a stack trace/internal error for bad input',
  exit: 2,
  timeoutMs: 120_000,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: huge}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1000000000}
`,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout empty');
    h.assert(!/internal error/.test(r.stderr), `no internal error: ${r.stderr}`);
    h.assert(/\.yaml:6:5: Simulation huge: spec\.cluster\.nodePools: Too many: 1000000000: must have at most 10000 nodes in all$/m.test(r.stderr), r.stderr);
  },
};
