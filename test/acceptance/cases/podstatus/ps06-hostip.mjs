// The kubelet writes the node's IP into every status it generates: status.hostIP and status.hostIPs [{ip}]
// (getHostIPsAnyWay from the Node's addresses). A bound, running pod therefore has a hostIP equal to hostIPs[0].ip.
export default {
  id: 'podstatus/hostip',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus ("set HostIP/HostIPs and initialize PodIP/PodIPs for host network pods": s.HostIP = hostIPs[0].String(); s.HostIPs = []v1.HostIP{{IP: s.HostIP}})',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hi }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('hi')[0];
    h.assert(typeof p.status.hostIP === 'string' && p.status.hostIP.length > 0, `status.hostIP ${JSON.stringify(p.status.hostIP)}`);
    h.eq(p.status.hostIPs, [{ ip: p.status.hostIP }], 'status.hostIPs');
    const node = h.of('Node').find((n) => n.metadata.name === p.spec.nodeName);
    h.eq((node.status.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address)[0], p.status.hostIP, "node InternalIP = pod hostIP");
  },
};
