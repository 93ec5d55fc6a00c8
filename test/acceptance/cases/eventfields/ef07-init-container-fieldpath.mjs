// An init container's events name it by spec.initContainers{NAME}; the app container's by
// spec.containers{NAME}; order: init Pulled, Created, Started, then the app container's three.
export default {
  id: 'eventfields/ef07-init-container-fieldpath',
  source: 'pkg/kubelet/container/ref.go fieldPath (spec.initContainers{%s}); kuberuntime_manager.go SyncPod (init containers before app containers)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ic}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers: [{name: setup, image: "alpine:3.20"}]
      containers: [{name: main, image: "busybox:1.36"}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'kubelet');
    h.eq(ev.map((e) => [e.reason, e.message, e.involvedObject.fieldPath]), [
      ['Pulled', 'Container image "alpine:3.20" already present on machine', 'spec.initContainers{setup}'],
      ['Created', 'Created container: setup', 'spec.initContainers{setup}'],
      ['Started', 'Started container setup', 'spec.initContainers{setup}'],
      ['Pulled', 'Container image "busybox:1.36" already present on machine', 'spec.containers{main}'],
      ['Created', 'Created container: main', 'spec.containers{main}'],
      ['Started', 'Started container main', 'spec.containers{main}'],
    ], 'kubelet events with fieldPath');
  },
};
