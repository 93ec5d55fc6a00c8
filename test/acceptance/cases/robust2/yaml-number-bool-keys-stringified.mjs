// Map keys that go-yaml v2 resolves to ints or booleans are turned into strings by sigs.k8s.io/yaml
// (convertToJSONableObject: int -> strconv.Itoa, bool -> "true"/"false", float64 -> FormatFloat(k,'g',-1,32)),
// after YAML 1.1 resolution: 0x1F is 31, 017 is 15 (octal), +7 is 7, 1_000_000 is 1000000, 2.50 is 2.5,
// 1e3 is 1000, `on` is true. Each becomes the label key the API server receives.
export default {
  id: 'robust2/yaml-number-bool-keys-stringified',
  source: 'sigs.k8s.io/yaml yaml.go convertToJSONableObject (key switch: string, int, int64, float64, bool); gopkg.in/yaml.v2 resolve.go (ParseInt base 0 after removing "_", YAML 1.1 bools)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: k
  labels: {1: a, 0x1F: b, 2.50: c, on: d, 017: e, 1e3: f, +7: g, 1_000_000: h}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const l = h.job('k').metadata.labels;
    const want = { 1: 'a', 31: 'b', '2.5': 'c', true: 'd', 15: 'e', 1000: 'f', 7: 'g', 1000000: 'h' };
    for (const [k, v] of Object.entries(want)) h.eq(l[k], v, `label ${k}`);
    h.eq(Object.keys(l).filter((k) => !/job-name|controller-uid/.test(k)).length, 8, 'eight user labels');
  },
};
