// The pull policy the API server defaults from the image reference decides the kubelet's events: a digest-only
// reference has no tag -> IfNotPresent ("already present on machine"); ":latest" -> Always; a registry with a port and
// no tag ("registry.local:5000/tools", the port is not a tag) -> latest -> Always (Pulling, then "Successfully pulled
// ... in 0s (0s including waiting)" without a pull latency). Containers start in spec order.
export default {
  id: 'kubeevents/ev04-default-pull-policy-by-image',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Container (parsers.ParseImageName: tag "latest" -> PullAlways, else PullIfNotPresent; no tag and no digest -> "latest"); pkg/kubelet/images/image_manager.go EnsureImageExists',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers:
      - { name: a, image: "busybox@sha256:2f9a4d5e1d0c8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0908" }
      - { name: b, image: "busybox:latest" }
      - { name: c, image: "registry.local:5000/tools" }
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.containers.map((c) => c.imagePullPolicy), ['IfNotPresent', 'Always', 'Always'], 'defaulted policies');
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.reason === 'Pulling' || e.reason === 'Pulled').map((e) => [e.involvedObject.fieldPath, e.reason, e.message]), [
      ['spec.containers{a}', 'Pulled', 'Container image "busybox@sha256:2f9a4d5e1d0c8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0908" already present on machine'],
      ['spec.containers{b}', 'Pulling', 'Pulling image "busybox:latest"'],
      ['spec.containers{b}', 'Pulled', 'Successfully pulled image "busybox:latest" in 0s (0s including waiting)'],
      ['spec.containers{c}', 'Pulling', 'Pulling image "registry.local:5000/tools"'],
      ['spec.containers{c}', 'Pulled', 'Successfully pulled image "registry.local:5000/tools" in 0s (0s including waiting)'],
    ], 'pull events');
  },
};
