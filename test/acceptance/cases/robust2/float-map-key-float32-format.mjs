// sigs.k8s.io/yaml turns a float map key into a string with strconv.FormatFloat(k, 'g', -1, 32), i.e. the
// shortest form at float32 precision: `3.14159265358979:` becomes "3.1415927", `0.1:` "0.1", `1e3:` "1000".
// So the label key the API server receives is "3.1415927". (jobsim once kept "3.14159265358979".)
export default {
  id: 'robust2/float-map-key-float32-format',
  source: 'sigs.k8s.io/yaml yaml.go convertToJSONableObject (case float64: s := strconv.FormatFloat(typedKey, \'g\', -1, 32))',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: fk
  labels: {3.14159265358979: pi, 0.1: x, 1e3: k}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const l = h.job('fk').metadata.labels;
    h.eq(l['3.1415927'], 'pi', 'label 3.1415927');
    h.eq(l['3.14159265358979'], undefined, 'no label 3.14159265358979');
    h.eq([l['0.1'], l['1000']], ['x', 'k'], 'labels 0.1 and 1000');
  },
};
