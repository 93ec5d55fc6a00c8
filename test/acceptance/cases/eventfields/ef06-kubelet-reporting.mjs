// Kubelet events: source {component: kubelet, host: <node>}, and from the same source
// reportingComponent "kubelet", reportingInstance "<node>"; eventTime null.
export default {
  id: 'eventfields/ef06-kubelet-reporting',
  source: 'client-go tools/record/event.go generateEvent (ReportingInstance = source.Host, ReportingController = source.Component); kubelet.go makeEventRecorder (EventSource{Component: "kubelet", Host: nodeName})',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: k}
spec:
  cluster:
    nodePools: [{name: w, count: 1, capacity: {cpu: "2", memory: 4Gi, pods: 110}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: kr}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'kubelet');
    h.eq(ev.length, 3, 'three kubelet events');
    for (const e of ev) {
      h.eq(e.source, { component: 'kubelet', host: 'w-1' }, `${e.reason} source`);
      h.eq([e.reportingComponent, e.reportingInstance, e.eventTime], ['kubelet', 'w-1', null], `${e.reason} reportingComponent/reportingInstance/eventTime`);
    }
  },
};
