// Each zone has its own NoExecute tainting queue and token bucket: one node down in each of two zones
// at the same moment, both tainted in the same instant (not 10s apart).
export default {
  id: 'nodelife/zones-separate-limiters',
  source: 'node_lifecycle_controller.go zoneNoExecuteTainter[GetZoneKey(node)] (addPodEvictorForNewZone), doNoExecuteTaintingPass',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 1m, nodeDown: a-1 }
  - { at: 1m, nodeDown: b-1 }
`,
  check(r, h) {
    const u = (n) => h.sec(h.get('Node', n).status.conditions.find((c) => c.type === 'Ready').lastTransitionTime);
    const t = (n) => h.sec(h.get('Node', n).spec.taints.find((x) => x.effect === 'NoExecute').timeAdded);
    h.eq(t('a-1') - u('a-1'), t('b-1') - u('b-1'), 'same delay after Unknown in both zones');
    h.assert(t('a-1') - u('a-1') <= 5, 'no 10s rate-limit wait across zones');
  },
};
