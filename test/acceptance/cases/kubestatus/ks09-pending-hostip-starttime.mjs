// The kubelet's first status, while the image is pulled (30s), already carries what generateAPIPodStatus and the
// status manager add to every status: startTime (the admission, 0s), hostIP and hostIPs (the node's InternalIP),
// qosClass; no podIP (not a hostNetwork pod, no sandbox IP reported here); phase Pending, container waiting
// ContainerCreating, restartCount 0, not ready, not started.
export default {
  id: 'kubestatus/pending-hostip-starttime',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus (HostIP/HostIPs from getHostIPsAnyWay on every status), convertStatusToAPIStatus (QOSClass); pkg/kubelet/status/status_manager.go updateStatusInternal (StartTime set on the first status, never changed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 5s
  latencies: { imagePull: 30s }
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 10 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const node = h.get('Node', 'w-1');
    const ip = (node.status.addresses ?? []).find((a) => a.type === 'InternalIP')?.address;
    h.assert(typeof ip === 'string', 'node has an InternalIP');
    h.eq([p.status.phase, h.sec(p.status.startTime), p.status.hostIP, p.status.hostIPs, p.status.podIP, p.status.qosClass], ['Pending', 0, ip, [{ ip }], undefined, 'Burstable'], 'pod status');
    const c = p.status.containerStatuses[0];
    h.eq([c.ready, c.started, c.restartCount, c.state, c.lastState], [false, false, 0, { waiting: { reason: 'ContainerCreating' } }, {}], 'container');
  },
};
