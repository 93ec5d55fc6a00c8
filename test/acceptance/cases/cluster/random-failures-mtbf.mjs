// mtbf/mttr random failures: deterministic for a seed; each NodeNotReady (node-controller) is
// followed by the node's NodeReady (kubelet) before its next NodeNotReady.
export default {
  id: 'cluster/random-failures-mtbf',
  source: 'README scenario format (mtbf, mttr: exponential draws per node); CONTRACT §3 byte-identical output',
  runs: 2,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: rf }
spec:
  seed: 11
  duration: 2d
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, mtbf: 6h, mttr: 30m }
`,
  check(r, h) {
    const evs = r.events.filter((e) => e.involvedObject.kind === 'Node' && (e.reason === 'NodeNotReady' || e.reason === 'NodeReady'));
    h.assert(evs.filter((e) => e.reason === 'NodeNotReady').length >= 3, `expected several failures in 2d x 3 nodes with mtbf 6h, got ${evs.length} events`);
    const state = {};
    for (const e of evs) {
      const n = e.involvedObject.name;
      if (e.reason === 'NodeNotReady') { h.assert(state[n] !== 'down', `${n}: NodeNotReady twice`); state[n] = 'down'; h.eq(e.source.component, 'node-controller', 'source'); }
      else { h.assert(state[n] === 'down', `${n}: NodeReady without NodeNotReady`); state[n] = 'up'; h.eq(e.source.component, 'kubelet', 'source'); }
    }
  },
};
