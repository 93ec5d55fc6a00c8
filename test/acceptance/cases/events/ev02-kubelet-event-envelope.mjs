// Kubelet container events: on the Pod (uid), component kubelet with host = the node the pod runs on, in the
// order Pulled ("already present on machine" for a tagged IfNotPresent image), Created, Started.
export default {
  id: 'events/ev02-kubelet-event-envelope',
  source: 'kubelet kuberuntime_container.go startContainer (Created "Created container: %v", Started "Started container %v"); images/image_manager.go EnsureImageExists ("Container image %q already present on machine"); kubelet.go EventSource{Component: "kubelet", Host: nodeName}',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: kl}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: worker, image: "registry.example.com/w:1.2"}]
`,
  check(r, h) {
    const pod = h.podsOf('kl')[0];
    const ev = r.events.filter((e) => e.involvedObject.kind === 'Pod' && e.source.component === 'kubelet');
    h.eq(ev.map((e) => [e.type, e.reason, e.message]), [
      ['Normal', 'Pulled', 'Container image "registry.example.com/w:1.2" already present on machine'],
      ['Normal', 'Created', 'Created container: worker'],
      ['Normal', 'Started', 'Started container worker'],
    ], 'kubelet events');
    for (const e of ev) {
      h.eq(e.source, { component: 'kubelet', host: pod.spec.nodeName }, `${e.reason} source`);
      h.eq([e.involvedObject.name, e.involvedObject.uid, e.involvedObject.namespace], [pod.metadata.name, pod.metadata.uid, 'default'], `${e.reason} involvedObject`);
    }
  },
};
