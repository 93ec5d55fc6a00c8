// imagePullPolicy Always without a pull latency: Pulling 'Pulling image "busybox:1.36"' and Pulled
// 'Successfully pulled image "busybox:1.36" in 0s (0s including waiting)', then Created and Started, all
// four on spec.containers{c}, at +0s.
export default {
  id: 'eventfields/ef20-always-pull-fieldpath',
  source: 'pkg/kubelet/images/image_manager.go EnsureImageExists (objRef = GenerateContainerRef; PullingImage, PulledImage); kuberuntime_container.go startContainer',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ap}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36, imagePullPolicy: Always}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'kubelet');
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.reason, e.message, e.involvedObject.fieldPath]), [
      [0, 'Pulling', 'Pulling image "busybox:1.36"', 'spec.containers{c}'],
      [0, 'Pulled', 'Successfully pulled image "busybox:1.36" in 0s (0s including waiting)', 'spec.containers{c}'],
      [0, 'Created', 'Created container: c', 'spec.containers{c}'],
      [0, 'Started', 'Started container c', 'spec.containers{c}'],
    ], 'kubelet events');
  },
};
