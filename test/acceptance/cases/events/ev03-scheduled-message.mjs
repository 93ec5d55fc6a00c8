// Scheduled: "Successfully assigned <namespace>/<pod> to <node>", Normal, from default-scheduler (no host),
// before the kubelet's events of that pod and after the Job's SuccessfulCreate.
export default {
  id: 'events/ev03-scheduled-message',
  source: 'pkg/scheduler/schedule_one.go handleBindingCycleError/bindingCycle: fwk.EventRecorder().Eventf(pod, nil, Normal, "Scheduled", "Binding", "Successfully assigned %v/%v to %v", ...)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sch, namespace: analytics}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.podsOf('sch')[0];
    const sc = h.events({ reason: 'Scheduled' });
    h.eq(sc.map((e) => [e.type, e.message, e.source, e.involvedObject.name]), [['Normal', `Successfully assigned analytics/${pod.metadata.name} to ${pod.spec.nodeName}`, { component: 'default-scheduler' }, pod.metadata.name]], 'Scheduled');
    const order = r.events.map((e) => e.reason);
    h.assert(order.indexOf('SuccessfulCreate') < order.indexOf('Scheduled') && order.indexOf('Scheduled') < order.indexOf('Pulled'), `order ${order.join(',')}`);
  },
};
