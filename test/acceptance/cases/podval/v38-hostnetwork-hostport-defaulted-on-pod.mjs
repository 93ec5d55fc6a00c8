// hostNetwork: the pod (not the template) gets hostPort = containerPort.
export default {
  id: 'podval/hostnetwork-hostport-defaulted-on-pod',
  source: "pkg/apis/core/v1/defaults.go SetDefaults_Pod (defaultHostNetworkPorts on Pods only since DefaultHostNetworkHostPortsInPodTemplates off)",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: hnd}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      hostNetwork: true\n      containers:\n      - name: c\n        image: busybox\n        ports: [{containerPort: 8080}]\n",
  check(r, h) {
    h.eq(h.job('hnd').spec.template.spec.containers[0].ports, [{ containerPort: 8080, protocol: 'TCP' }], 'template ports: no hostPort');
    const p = h.podsOf('hnd')[0];
    h.eq(p.spec.containers[0].ports[0].hostPort, 8080, 'pod hostPort defaulted to containerPort');
  },
};
