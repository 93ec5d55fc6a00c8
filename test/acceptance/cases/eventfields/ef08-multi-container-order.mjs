// Two app containers: the kubelet starts them in spec order, each Pulled, Created, Started, and each
// event names its own container by fieldPath.
export default {
  id: 'eventfields/ef08-multi-container-order',
  source: 'kuberuntime_manager.go SyncPod (start each container in ContainersToStart order: startContainer pulls, creates, starts); pkg/kubelet/container/ref.go fieldPath',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: mc}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: "busybox:1.36"}
      - {name: b, image: "alpine:3.20"}
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'kubelet');
    h.eq(ev.map((e) => [e.reason, e.message, e.involvedObject.fieldPath]), [
      ['Pulled', 'Container image "busybox:1.36" already present on machine', 'spec.containers{a}'],
      ['Created', 'Created container: a', 'spec.containers{a}'],
      ['Started', 'Started container a', 'spec.containers{a}'],
      ['Pulled', 'Container image "alpine:3.20" already present on machine', 'spec.containers{b}'],
      ['Created', 'Created container: b', 'spec.containers{b}'],
      ['Started', 'Started container b', 'spec.containers{b}'],
    ], 'per-container events');
  },
};
