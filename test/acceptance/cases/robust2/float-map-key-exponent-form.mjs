// strconv.FormatFloat(1e7, 'g', -1, 32) is "1e+07" (the 'g' format switches to an exponent at 10^6 when
// the precision is the shortest), so a label written `1e7: a` reaches the API server with the key "1e+07",
// which is not a valid label key ('+'): refused at the labels. (jobsim once turned the key
// into "10000000" and ran the Job.)
export default {
  id: 'robust2/float-map-key-exponent-form',
  source: 'sigs.k8s.io/yaml yaml.go convertToJSONableObject (FormatFloat(k, \'g\', -1, 32)); strconv ftoa.go %g (shortest: eprec = 6, exponent form if exp >= eprec); apimachinery ValidateLabels (IsQualifiedName)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ek
  labels: {1e7: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout');
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.assert(lines.length >= 1 && lines.every((l) => l.startsWith('5:3: Job default/ek: metadata.labels: Invalid value: "1e+07": ')), r.stderr);
  },
};
