// README: default cluster is one pool "node" of 3 nodes node-1..node-3, cpu 4, memory 16Gi, pods 110;
// node labels besides the pool's: kubernetes.io/hostname, kubernetes.io/os (linux), kubernetes.io/arch
// (amd64) and their beta. forms; allocatable equals capacity (known differences, Kubelet).
export default {
  id: 'readme/default-cluster-and-node-labels',
  source: 'README Scenario format (nodePools default; labels comment); README Known differences (Node allocatable equals capacity); kubelet_node_status.go initialNode (hostname/os/arch labels and their beta forms)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const nodes = h.of('Node');
    h.eq(nodes.map((n) => n.metadata.name), ['node-1', 'node-2', 'node-3'], 'default nodes');
    for (const n of nodes) {
      h.eq(n.metadata.labels, {
        'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': n.metadata.name, 'kubernetes.io/os': 'linux',
      }, n.metadata.name + ' labels');
      h.eq([n.status.capacity.cpu, n.status.capacity.memory, n.status.capacity.pods], ['4', '16Gi', '110'], 'capacity');
      h.eq(n.status.allocatable, n.status.capacity, 'allocatable = capacity');
    }
    h.eq(Object.keys(r.metrics.pools), ['node'], 'one pool named node');
    h.eq([r.metrics.pools.node.cpuCapacityMilli, r.metrics.pools.node.memoryCapacityBytes], [12000, 3 * 16 * 2 ** 30], 'pool capacity');
  },
};
