// go-yaml v2 resolve(): an explicit `!!float` on an integer scalar gives a float64 (`!!float 2` is 2.0), which
// the JSON decoder takes for an int32 field; `!!int "3"` is the int 3. So parallelism: !!float 2 is 2.
// Found: jobsim drops the library's float tag and reads `!!float 2` as the string "2"
// ("must be of type integer: \"string\"").
export default {
  id: 'robust/yaml-explicit-float-tag',
  source: 'vendor/sigs.k8s.io/yaml/goyaml.v2/resolve.go resolve() (case yaml_FLOAT_TAG: rtag == yaml_INT_TAG -> float64); sigs.k8s.io/yaml JSON conversion (2.0 -> 2)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  parallelism: !!float 2
  completions: !!int "3"
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    h.eq(j.spec.parallelism, 2, 'parallelism');
    h.eq(j.spec.completions, 3, 'completions');
    h.eq(j.status.succeeded, 3, 'succeeded');
  },
};
