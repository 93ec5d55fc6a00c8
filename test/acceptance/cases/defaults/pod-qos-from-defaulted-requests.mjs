// SetDefaults_Pod copies limits into missing requests (containers and init containers) before PrepareForCreate computes
// the QoS class: limits only on cpu and memory makes the pod Guaranteed; the template keeps limits only.
export default {
  id: 'defaults/pod-qos-from-defaulted-requests',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod (requests from limits); pkg/registry/core/pod/strategy.go PrepareForCreate (QOSClass: qos.GetPodQOS(pod))',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: qos}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: i
        image: "busybox:1.36"
        resources: {limits: {cpu: 200m, memory: 64Mi}}
      containers:
      - name: c
        image: "busybox:1.36"
        resources: {limits: {cpu: 500m, memory: 128Mi}}
`,
  check(r, h) {
    const t = h.job('qos').spec.template.spec;
    h.eq([t.containers[0].resources.requests, t.initContainers[0].resources.requests], [undefined, undefined], 'template: no requests');
    const [p] = h.podsOf('qos');
    h.eq(p.spec.containers[0].resources.requests, { cpu: '500m', memory: '128Mi' }, 'container requests');
    h.eq(p.spec.initContainers[0].resources.requests, { cpu: '200m', memory: '64Mi' }, 'init container requests');
    h.eq(p.status.qosClass, 'Guaranteed', 'qosClass');
  },
};
