// The kubelet starts the init container first, with its own Pulled/Created/Started events, and only
// then the app container: events for "setup" come before those for "main".
export default {
  id: 'kubelet/init-container-events',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go SyncPod (step 6: start the next init container; step 7: containers only after init completed); kuberuntime_container.go startContainer events',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = r.events.filter((e) => e.involvedObject.name === p.metadata.name && e.source.component === 'kubelet').map((e) => [e.reason, e.message]);
    h.eq(ev, [
      ['Pulled', 'Container image "busybox:1.36" already present on machine'],
      ['Created', 'Created container: setup'],
      ['Started', 'Started container setup'],
      ['Pulled', 'Container image "busybox:1.36" already present on machine'],
      ['Created', 'Created container: main'],
      ['Started', 'Started container main'],
    ], 'kubelet events');
  },
};
