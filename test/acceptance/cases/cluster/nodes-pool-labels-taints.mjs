// A pool's nodes are <pool>-1..<pool>-N with the pool's labels (besides hostname/os) and taints.
export default {
  id: 'cluster/nodes-pool-labels-taints',
  source: 'CONTRACT §2 cluster.nodePools; README scenario format (labels besides kubernetes.io/hostname and kubernetes.io/os)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: pools }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: cpu, count: 2, capacity: { cpu: "8", memory: 32Gi, pods: 50 }, labels: { pool: cpu } }
    - name: gpu
      count: 1
      capacity: { cpu: "16", memory: 64Gi, pods: 20 }
      labels: { pool: gpu, accel: a100 }
      taints: [{ key: nvidia.com/gpu, value: "true", effect: NoSchedule }]
`,
  check(r, h) {
    h.eq(h.of('Node').map((n) => n.metadata.name), ['cpu-1', 'cpu-2', 'gpu-1'], 'node names');
    const g = h.get('Node', 'gpu-1', undefined);
    h.eq(g.status.capacity, { cpu: '16', memory: '64Gi', pods: '20' }, 'gpu capacity');
    h.eq(g.metadata.labels.pool, 'gpu', 'pool label');
    h.eq(g.metadata.labels.accel, 'a100', 'accel label');
    h.eq(g.spec.taints.map((t) => [t.key, t.value, t.effect]), [['nvidia.com/gpu', 'true', 'NoSchedule']], 'gpu taints');
    const c = h.get('Node', 'cpu-2', undefined);
    h.eq(c.status.allocatable, { cpu: '8', memory: '32Gi', pods: '50' }, 'cpu allocatable');
    h.assert(!c.spec.taints || c.spec.taints.length === 0, 'cpu nodes untainted');
    h.eq(r.metrics.pools.cpu.cpuCapacityMilli, 16000, 'pools.cpu.cpuCapacityMilli');
    h.eq(r.metrics.pools.gpu.memoryCapacityBytes, 64 * 2 ** 30, 'pools.gpu.memoryCapacityBytes');
  },
};
