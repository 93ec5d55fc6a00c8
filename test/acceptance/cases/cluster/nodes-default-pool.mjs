// Without nodePools: 3 nodes node-1..node-3, cpu 4, memory 16Gi, pods 110, Ready=True (KubeletReady).
export default {
  id: 'cluster/nodes-default-pool',
  source: 'CONTRACT §2 (default cluster); kubelet setters.go ReadyCondition: reason KubeletReady, message "kubelet is posting ready status"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: defaults }
spec:
  duration: 1m
`,
  check(r, h) {
    const nodes = h.of('Node');
    h.eq(nodes.map((n) => n.metadata.name), ['node-1', 'node-2', 'node-3'], 'node names');
    for (const n of nodes) {
      h.eq(n.status.capacity, { cpu: '4', memory: '16Gi', pods: '110' }, `${n.metadata.name} capacity`);
      h.eq(n.status.allocatable, n.status.capacity, `${n.metadata.name} allocatable`);
      h.eq(n.metadata.labels['kubernetes.io/hostname'], n.metadata.name, 'hostname label');
      h.eq(n.metadata.labels['kubernetes.io/os'], 'linux', 'os label');
      const ready = n.status.conditions.find((c) => c.type === 'Ready');
      h.eq([ready.status, ready.reason, ready.message], ['True', 'KubeletReady', 'kubelet is posting ready status'], 'Ready condition');
      h.assert(!n.spec.taints || n.spec.taints.length === 0, 'no taints');
    }
    h.eq(r.counts.Node, 3, 'counts.Node');
  },
};
