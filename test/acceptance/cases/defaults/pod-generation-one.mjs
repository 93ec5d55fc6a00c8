// Since Kubernetes 1.33 the API server sets metadata.generation = 1 on every new Pod (ungated, KEP-5067);
// jobsim's target is 1.33-1.35.
export default {
  id: 'defaults/pod-generation-one',
  source: 'pkg/registry/core/pod/strategy.go podStrategy.PrepareForCreate ("pod.Generation = 1"); KEP-5067 "The metadata.generation functionality will intentionally not be behind a feature gate"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const [p] = h.podsOf('g');
    h.eq(p.metadata.generation, 1, 'pod metadata.generation');
  },
};
