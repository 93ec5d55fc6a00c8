// go-yaml v2 treats `<<` as a merge key only when it is plain (isMerge: implicit or tagged !!merge); a
// quoted "<<" is an ordinary key, so under strict field validation it is an unknown field of spec.
export default {
  id: 'robust2/yaml-quoted-merge-key-is-plain-key',
  source: 'gopkg.in/yaml.v2 decode.go isMerge (`n.value == "<<" && (n.implicit == true || n.tag == yaml_MERGE_TAG)`); apiserver strict field validation (unknown field)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  "<<": {parallelism: 2}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 1, r.stderr);
    h.assert(lines[0].startsWith('5:3: Job default/q: spec.<<: ') && lines[0].includes('unknown field "spec.<<"'), lines[0]);
  },
};
