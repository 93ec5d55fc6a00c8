// kubectl splits the stream into documents before parsing each one, so an alias cannot refer to an
// anchor of an earlier document: go-yaml "unknown anchor 't' referenced", at the alias (line 16, col 13),
// while an alias within one document (labels *l) is fine and the first Job has no problem.
export default {
  id: 'inputerrors2/yaml-anchor-across-documents',
  source: 'apimachinery yaml.NewYAMLOrJSONDecoder (YAMLReader splits documents, each converted alone); go-yaml v2 parser "unknown anchor %q referenced"',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a, labels: &l {app: x}}
spec:
  template: &t
    metadata: {labels: *l}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  parallelism: 2
  template: *t
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ["16:13: yaml: unknown anchor 't' referenced"], 'only the alias');
    h.eq(r.stdout, '', 'nothing simulated');
  },
};
