// Two taints with the same key and effect cannot be on one Node: the API server refuses the Node
// ("taints must be unique by key and effect pair"). A node pool declaring them is invalid input.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dup}
spec:
  cluster:
    nodePools:
    - name: w
      count: 1
      taints:
      - {key: gpu, value: a, effect: NoSchedule}
      - {key: gpu, value: b, effect: NoSchedule}
`;
export default {
  id: 'inputerrors/taint-duplicate-key-effect',
  source: 'pkg/apis/core/validation/validation.go validateNodeTaints (field.Duplicate(idxPath, taint), Detail "taints must be unique by key and effect pair")',
  exit: 2,
  scenario,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout empty');
    h.assert(/\.yaml:11:9: Simulation dup: spec\.cluster\.nodePools\[0\]\.taints\[1\]: Duplicate value: .*taints must be unique by key and effect pair/m.test(r.stderr), r.stderr);
  },
};
