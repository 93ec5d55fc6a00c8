// Ready=Unknown brings node.kubernetes.io/unreachable NoSchedule and (first node of the zone,
// token available) NoExecute at once; no not-ready taint.
export default {
  id: 'cluster/node-down-taints',
  source: 'cronjob-and-friends.md §5.1 NoSchedule/NoExecute taints; node_lifecycle_controller.go doNoScheduleTaintingPass, processTaintBaseEviction (UnreachableTaintTemplate)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-2 }
`,
  check(r, h) {
    const n = h.get('Node', 'w-2');
    const ready = n.status.conditions.find((c) => c.type === 'Ready');
    const taints = (n.spec.taints ?? []).map((t) => `${t.key}:${t.effect}`).sort();
    h.eq(taints, ['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule'], 'taints');
    for (const t of n.spec.taints) {
      h.assert(t.value === undefined || t.value === '', 'no value');
      // NoSchedule in the pass that marks the node Unknown; NoExecute queued by the next pass (the
      // first reads the condition it observed before changing it), 5s later
      h.eq(h.sec(t.timeAdded), h.sec(ready.lastTransitionTime) + (t.effect === 'NoExecute' ? 5 : 0), `${t.effect} timeAdded`);
    }
    for (const name of ['w-1', 'w-3']) h.assert(!(h.get('Node', name).spec.taints ?? []).length, `${name} untainted`);
  },
};
