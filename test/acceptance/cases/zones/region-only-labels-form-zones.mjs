// GetZoneKey is region + ":\x00:" + zone: nodes with a region label and no zone label form one zone per region.
// Region r1's two nodes go down (r1 FullDisruption) while region r2's node is Ready: no master disruption, r1's
// nodes are tainted NoExecute one token apart (110s, 120s) and their pods evicted at 410s and 420s.
export default {
  id: 'zones/region-only-labels-form-zones',
  source: 'k8s.io/component-helpers/node/topology GetZoneKey (region and zone each may be empty; "" only when both are); node_lifecycle_controller.go handleDisruption, setLimiterInZone (FullDisruption -> HealthyQPSFunc)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: r1 } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: r2 } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: a-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { topology.kubernetes.io/region: r1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 105], ['a-2', 105]], 'Unknown times');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq([ne('a-1'), ne('a-2')].sort(), [110, 120], 'one token each');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [410, 420], 'evictions');
  },
};
