// A merge key with a sequence of maps: go-yaml v2 merge() steps backwards through the sequence ("earlier
// nodes take precedence"), and a key written after `<<` overrides both. parallelism 2 (only in the second
// map), completions 6 (first map beats second's 4), backoffLimit 3 (explicit, after the merge).
export default {
  id: 'robust2/yaml-merge-sequence-precedence',
  source: 'gopkg.in/yaml.v2 decode.go merge() (sequenceNode: "Step backwards as earlier nodes take precedence")',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ms}
spec:
  <<: [{completions: 6, backoffLimit: 2}, {parallelism: 2, completions: 4, backoffLimit: 1}]
  backoffLimit: 3
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('ms');
    h.eq([j.spec.parallelism, j.spec.completions, j.spec.backoffLimit], [2, 6, 3], 'parallelism, completions, backoffLimit');
    h.eq(j.status.succeeded, 6, 'succeeded');
  },
};
