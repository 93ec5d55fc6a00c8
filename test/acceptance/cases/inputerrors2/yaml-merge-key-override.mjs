// YAML 1.1 merge keys (`<<`) are resolved as go-yaml v2 resolves them: merged keys fill in, keys written
// in the mapping itself win whatever their order. Here completions 5 wins over the merged 3.
export default {
  id: 'inputerrors2/yaml-merge-key-override',
  source: 'go-yaml v2 decode.go merge() (explicit keys win over <<); kubectl reads manifests with sigs.k8s.io/yaml over go-yaml v2',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  <<: {parallelism: 3, completions: 3, backoffLimit: 1}
  completions: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('b');
    h.eq([j.spec.parallelism, j.spec.completions, j.spec.backoffLimit], [3, 5, 1], 'parallelism, completions, backoffLimit');
    h.eq(j.status.succeeded, 5, 'succeeded');
  },
};
