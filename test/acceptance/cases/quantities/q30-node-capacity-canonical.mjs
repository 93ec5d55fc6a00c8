// Pool capacities show on the Node in canonical form: cpu "1500m" stays, memory "16384Mi" -> "16Gi",
// pods 110 -> "110"; allocatable equals capacity.
export default {
  id: 'quantities/node-capacity-canonical',
  source: 'CONTRACT §2 cluster.nodePools.capacity; kubelet CapacityFromMachineInfo (NewMilliQuantity DecimalSI cpu, NewQuantity BinarySI memory); apimachinery Quantity.String',
  args: ['--duration', '1s'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "1500m", memory: "16384Mi", pods: 110}}
`,
  check(r, h) {
    const n = h.get('Node', 'w-1', undefined);
    h.eq(n.status.capacity, { cpu: '1500m', memory: '16Gi', pods: '110' }, 'capacity');
    h.eq(n.status.allocatable, { cpu: '1500m', memory: '16Gi', pods: '110' }, 'allocatable');
  },
};
