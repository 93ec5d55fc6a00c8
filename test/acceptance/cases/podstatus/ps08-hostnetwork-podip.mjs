// A hostNetwork pod inherits the node's IPs as its pod IPs: the kubelet sets podIP = hostIP and podIPs = [{ip}]
// (no pod network is needed for these).
export default {
  id: 'podstatus/hostnetwork-podip',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus ("HostNetwork Pods inherit the node IPs as PodIPs": if s.PodIP == "" { s.PodIP = hostIPs[0].String(); s.PodIPs = []v1.PodIP{{IP: s.PodIP}} })',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hn }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      hostNetwork: true
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.podsOf('hn')[0].status;
    h.assert(typeof s.hostIP === 'string' && s.hostIP.length > 0, `status.hostIP ${JSON.stringify(s.hostIP)}`);
    h.eq([s.podIP, s.podIPs], [s.hostIP, [{ ip: s.hostIP }]], '[podIP, podIPs]');
  },
};
