// Scheduler events are on the Pod itself: Scheduled "Successfully assigned ns/pod to node" with no
// fieldPath, apiVersion v1, kind Pod, namespace = the pod's, from default-scheduler with no host; event
// stored in the pod's namespace. (The legacy-vs-events.k8s.io shape is a listed known difference.)
export default {
  id: 'eventfields/ef21-scheduler-no-fieldpath',
  source: 'pkg/scheduler/schedule_one.go finishBinding (fwk.EventRecorder().Eventf(assumedPod, nil, Normal, "Scheduled", "Binding", "Successfully assigned %v/%v to %v"))',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sc, namespace: team-x}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.podsOf('sc')[0];
    const e = h.events({ reason: 'Scheduled' });
    h.eq(e.map((x) => [x.message, x.involvedObject.apiVersion, x.involvedObject.kind, x.involvedObject.namespace, x.involvedObject.uid, x.involvedObject.fieldPath ?? null, x.metadata.namespace, x.source]),
      [[`Successfully assigned team-x/${pod.metadata.name} to ${pod.spec.nodeName}`, 'v1', 'Pod', 'team-x', pod.metadata.uid, null, 'team-x', { component: 'default-scheduler' }]], 'Scheduled');
  },
};
