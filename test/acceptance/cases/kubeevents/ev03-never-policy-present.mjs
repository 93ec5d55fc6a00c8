// imagePullPolicy Never with the images on the node (no pull latency): no Pulling, just Normal Pulled 'Container image
// "x" already present on machine' for the init container and the app container, each on its own fieldPath, then
// Created/Started; the pod succeeds.
export default {
  id: 'kubeevents/ev03-never-policy-present',
  source: 'pkg/kubelet/images/image_manager.go shouldPullImage (PullNever -> false), EnsureImageExists (present -> PulledImage "Container image %q already present on machine"); kuberuntime_container.go startContainer',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: setup, image: "local/tool:1", imagePullPolicy: Never }]
      containers: [{ name: main, image: "local/app:latest", imagePullPolicy: Never }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [e.type, e.reason, e.message, e.involvedObject.fieldPath]), [
      ['Normal', 'Pulled', 'Container image "local/tool:1" already present on machine', 'spec.initContainers{setup}'],
      ['Normal', 'Created', 'Created container: setup', 'spec.initContainers{setup}'],
      ['Normal', 'Started', 'Started container setup', 'spec.initContainers{setup}'],
      ['Normal', 'Pulled', 'Container image "local/app:latest" already present on machine', 'spec.containers{main}'],
      ['Normal', 'Created', 'Created container: main', 'spec.containers{main}'],
      ['Normal', 'Started', 'Started container main', 'spec.containers{main}'],
    ], 'kubelet events');
    h.eq(p.status.phase, 'Succeeded', 'phase');
  },
};
