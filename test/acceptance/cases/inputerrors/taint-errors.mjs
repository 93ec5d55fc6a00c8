// Node pool taints are validated as the API server validates a Node's taints: key required and a
// qualified name, value a label value, effect required and one of the three effects.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: taints}
spec:
  cluster:
    nodePools:
    - name: w
      count: 1
      taints:
      - {value: x, effect: NoSchedule}
      - {key: gpu, effect: NoRun}
      - {key: "a/b/c", value: "has space", effect: ""}
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/taint-errors',
  source: 'pkg/apis/core/validation/validation.go validateNodeTaints (ValidateLabelName on key, IsValidLabelValue on value, validateTaintEffect)',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    const p = 'Simulation taints: spec.cluster.nodePools[0].taints';
    h.eq(lines.length, 5, `five problems: ${r.stderr}`);
    h.eq(lines[0], `${at(10, '{')}: ${p}[0].key: Required value`, 'key required');
    h.eq(lines[1], `${at(11, 'effect')}: ${p}[1].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"`, 'effect');
    h.assert(lines[2].startsWith(`${at(12, 'key')}: ${p}[2].key: Invalid value: "a/b/c": `), `bad key: ${lines[2]}`);
    h.assert(lines[3].startsWith(`${at(12, 'value')}: ${p}[2].value: Invalid value: "has space": a valid label must be an empty string`), `bad value: ${lines[3]}`);
    h.eq(lines[4], `${at(12, 'effect')}: ${p}[2].effect: Required value`, 'effect required');
  },
};
