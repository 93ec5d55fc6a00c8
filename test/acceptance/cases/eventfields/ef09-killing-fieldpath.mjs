// Job deleted at +30s (kubectl, background): the kubelet's Killing "Stopping container c" names the
// container (fieldPath spec.containers{c}), at +30s, host = the pod's node.
export default {
  id: 'eventfields/ef09-killing-fieldpath',
  source: 'kuberuntime_container.go killContainer (recordContainerEvent(pod, containerSpec, ..., Normal, events.KillingContainer, "Stopping container %s")) -> GenerateContainerRef',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: k}
spec:
  timeline:
  - {at: 30s, delete: {kind: Job, name: kl}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: kl}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 10m}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.of('Pod')[0];
    const k = h.events({ reason: 'Killing' });
    h.eq(k.map((e) => [h.sec(e.firstTimestamp), e.message, e.involvedObject.name, e.involvedObject.fieldPath, e.source.host]), [[30, 'Stopping container c', pod.metadata.name, 'spec.containers{c}', pod.spec.nodeName]], 'Killing');
  },
};
