// Kubelet container events (Pulled, Created, Started) are recorded on GenerateContainerRef(pod, container):
// the Pod reference (apiVersion v1, kind Pod, namespace, name, uid, resourceVersion) plus
// fieldPath "spec.containers{worker}".
export default {
  id: 'eventfields/ef05-kubelet-fieldpath',
  source: 'pkg/kubelet/container/ref.go GenerateContainerRef / fieldPath ("spec.containers{%s}"); kuberuntime_container.go startContainer (recordContainerEvent with the container ref); images/image_manager.go EnsureImageExists (logIt(ref, ...))',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fp, namespace: ns1}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: worker, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.podsOf('fp')[0];
    const ev = r.events.filter((e) => e.source.component === 'kubelet');
    h.eq(ev.map((e) => e.reason), ['Pulled', 'Created', 'Started'], 'kubelet events');
    for (const e of ev) {
      const o = e.involvedObject;
      h.eq([o.apiVersion, o.kind, o.namespace, o.name, o.uid, o.fieldPath], ['v1', 'Pod', 'ns1', pod.metadata.name, pod.metadata.uid, 'spec.containers{worker}'], `${e.reason} involvedObject`);
      h.assert(typeof o.resourceVersion === 'string' && /^\d+$/.test(o.resourceVersion), `${e.reason}: involvedObject.resourceVersion present (GetPartialReference copies it), got ${JSON.stringify(o.resourceVersion)}`);
    }
  },
};
