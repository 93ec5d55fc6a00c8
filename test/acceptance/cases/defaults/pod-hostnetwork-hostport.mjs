// SetDefaults_Pod: with hostNetwork, every container port without hostPort gets hostPort = containerPort, on the Pod
// only (templates keep it unset: DefaultHostNetworkHostPortsInPodTemplates is off by default).
export default {
  id: 'defaults/pod-hostnetwork-hostport',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod ("if obj.Spec.HostNetwork { defaultHostNetworkPorts(&obj.Spec.Containers); ... }"), SetDefaults_PodSpec (only behind DefaultHostNetworkHostPortsInPodTemplates)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: hn}
spec:
  template:
    spec:
      restartPolicy: Never
      hostNetwork: true
      containers:
      - name: c
        image: "busybox:1.36"
        ports: [{containerPort: 8080}]
`,
  check(r, h) {
    h.eq(h.job('hn').spec.template.spec.containers[0].ports, [{ containerPort: 8080, protocol: 'TCP' }], 'template ports');
    const [p] = h.podsOf('hn');
    h.eq(p.spec.containers[0].ports.map((x) => [x.containerPort, x.hostPort, x.protocol]), [[8080, 8080, 'TCP']], 'pod ports [containerPort, hostPort, protocol]');
  },
};
