// The kubelet reports memory capacity as resource.NewQuantity(bytes, BinarySI): a machine of 16G
// (16000000000 bytes) shows as "15625000Ki" on the Node, and a machine of 8000000000 bytes as "7812500Ki";
// cpu is NewMilliQuantity(..., DecimalSI): 2.0 -> "2".
export default {
  id: 'quantities/node-memory-binary-format',
  source: 'pkg/kubelet/cadvisor/util.go CapacityFromMachineInfo (ResourceMemory: *resource.NewQuantity(int64(info.MemoryCapacity), resource.BinarySI)); apimachinery CanonicalizeBytes (BinarySI, AsCanonicalBase1024Bytes)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: 2.0, memory: 16G, pods: 110}}
    - {name: b, count: 1, capacity: {cpu: "2", memory: 8000000000, pods: 110}}
`,
  check(r, h) {
    h.eq(h.get('Node', 'a-1', undefined).status.capacity, { cpu: '2', memory: '15625000Ki', pods: '110' }, 'a-1 capacity');
    h.eq(h.get('Node', 'b-1', undefined).status.capacity.memory, '7812500Ki', 'b-1 memory');
  },
};
