// kubectl splits a stream into documents line by line (apimachinery util/yaml YAMLReader.Read) and allows
// only spaces and a comment after `---`: `--- null` or `--- {apiVersion: ...}` is "invalid Yaml document
// separator: {apiVersion: ..." and nothing is applied. Found: jobsim takes the flow mapping after `---` as
// a document (and `--- null` as an empty one) and runs (exit 0).
export default {
  id: 'robust/yaml-content-after-separator',
  source: 'staging/src/k8s.io/apimachinery/pkg/util/yaml/decoder.go YAMLReader.Read ("We only allow comments and spaces following the yaml doc separator"); cli-runtime resource/visitor.go StreamVisitor uses NewYAMLOrJSONDecoder',
  exit: 2,
  scenario: `--- {apiVersion: batch/v1, kind: Job, metadata: {name: a}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}
--- # a comment after the separator is fine
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
--- null
`,
  check(r, h) {
    h.assert(/\.yaml:1:\d+: .*invalid Yaml document separator: \{apiVersion/.test(r.stderr), `separator refused at line 1: ${r.stderr}`);
    h.assert(/\.yaml:11:\d+: .*invalid Yaml document separator: null/.test(r.stderr) || /invalid Yaml document separator/.test(r.stderr), `--- null too: ${r.stderr}`);
    h.assert(!/\.yaml:2:/.test(r.stderr), `the commented separator is fine: ${r.stderr}`);
    h.eq(r.stdout, '', 'stdout');
  },
};
