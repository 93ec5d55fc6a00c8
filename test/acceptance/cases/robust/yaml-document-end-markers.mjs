// Document end markers `...` between documents (with `---` after them) and at the end are plain YAML: both
// Jobs run; a merge key inside a sequence item (`<<: *c` in containers) fills in the anchored container's
// fields and the key written next to it wins.
export default {
  id: 'robust/yaml-document-end-markers',
  source: 'YAML 1.1 document markers; goyaml.v2 merge keys (decode.go merge); apimachinery YAMLReader splits on ---',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers:
      - &c {name: c, image: busybox}
      - <<: *c
        name: d
      restartPolicy: Never
...
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
...
`,
  check(r, h) {
    h.eq(h.job('a').spec.template.spec.containers.map((c) => [c.name, c.image]), [['c', 'busybox'], ['d', 'busybox']], 'containers');
    h.hasCond(h.job('a'), 'Complete');
    h.hasCond(h.job('b'), 'Complete');
  },
};
