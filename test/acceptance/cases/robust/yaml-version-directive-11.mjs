// `%YAML 1.1` is the one version directive go-yaml v2 accepts; with it the scalars are YAML 1.1's as always
// (`suspend: yes` is true, `parallelism: 0b11` is 3).
export default {
  id: 'robust/yaml-version-directive-11',
  source: 'vendor/sigs.k8s.io/yaml/goyaml.v2/parserc.go yaml_parser_process_directives; goyaml.v2 resolve.go (0b binary ints, yes = true)',
  scenario: `%YAML 1.1
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  suspend: yes
  parallelism: 0b11
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    h.eq(j.spec.suspend, true, 'suspend');
    h.eq(j.spec.parallelism, 3, 'parallelism');
    h.eq(h.podsOf('a').length, 0, 'suspended: no pods');
    h.hasCond(j, 'Suspended', 'JobSuspended');
  },
};
