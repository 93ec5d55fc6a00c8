// A cordoned node gets the node.kubernetes.io/unschedulable:NoSchedule taint from the node lifecycle controller
// (doNoScheduleTaintingPass, timeAdded at the cordon), and its kubelet records NodeNotSchedulable at its next node
// status sync (every 10s); uncordoning removes the taint and gives NodeSchedulable.
export default {
  id: 'drain/dr02-cordon-taint-and-kubelet-events',
  source: 'pkg/controller/nodelifecycle/node_lifecycle_controller.go doNoScheduleTaintingPass (Spec.Unschedulable -> TaintNodeUnschedulable); pkg/kubelet/kubelet_node_status.go recordNodeSchedulableEvent',
  args: ['--duration', '5m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cordon}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, cordonNode: w-1}
  - {at: 2m, cordonNode: w-2, for: 1m}
`,
  check(r, h) {
    const w1 = h.get('Node', 'w-1');
    h.eq(w1.spec.unschedulable, true, 'w-1 stays cordoned');
    h.eq(w1.spec.taints, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: '2026-01-01T00:01:00Z' }], 'w-1 taint');
    h.eq(h.get('Node', 'w-2').spec.taints, undefined, 'w-2 uncordoned, taint removed');
    const ev = (node, reason) => h.events({ reason, name: node }).map((e) => [h.sec(e.firstTimestamp), e.message, e.source.component, e.source.host]);
    const w1ev = ev('w-1', 'NodeNotSchedulable');
    h.eq(w1ev.length, 1, 'one NodeNotSchedulable for w-1');
    h.assert(w1ev[0][0] > 60 && w1ev[0][0] <= 70, `w-1's kubelet notices within its 10s status sync: ${w1ev[0][0]}`);
    h.eq(w1ev[0].slice(1), ['Node w-1 status is now: NodeNotSchedulable', 'kubelet', 'w-1'], 'event text and source');
    const down = ev('w-2', 'NodeNotSchedulable');
    const up = ev('w-2', 'NodeSchedulable');
    h.eq([down.length, up.length], [1, 1], 'w-2 both ways');
    h.eq(up[0][0] - down[0][0], 60, 'the same 10s phase both ways');
  },
};
