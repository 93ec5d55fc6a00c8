// go-yaml v2 (what sigs.k8s.io/yaml, and so kubectl, decodes with) applies a mapping's entries in the order
// they are written: decode.go mapping() calls d.merge() for `<<` where it stands, and merge() decodes the
// merged map into the same Go map, overwriting keys already set. So a key written BEFORE `<<` loses to the
// merged value (only keys written after `<<` win; the YAML merge spec's "explicit keys win" is go-yaml v3's).
// Here completions 5 is followed by `<<: {completions: 3}`: kubectl sends completions 3.
// (jobsim once kept completions 5: the yaml library's spec-conforming merge.)
export default {
  id: 'robust2/merge-key-after-explicit-key-overrides',
  source: 'gopkg.in/yaml.v2 v2.4.0 decode.go mapping() (`if isMerge(n.children[i]) { d.merge(n.children[i+1], out); continue }` in document order) and merge() (`d.unmarshal(n, out)` into the same map, setMapIndex overwrites)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  completions: 5
  <<: {parallelism: 3, completions: 3}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('m');
    h.eq([j.spec.parallelism, j.spec.completions], [3, 3], 'parallelism, completions');
    h.eq(j.status.succeeded, 3, 'succeeded');
    h.eq(h.podsOf('m').length, 3, 'pods');
  },
};
