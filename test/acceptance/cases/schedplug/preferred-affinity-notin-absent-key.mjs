// "Avoid spot nodes" as a preferred term, lifecycle NotIn [spot]: NotIn also matches a node without the
// label. plain-1 (8 cpu, no label: 185 + 200) beats od-1 (lifecycle=on-demand, 4 cpu: 173 + 200) and the
// empty 16-cpu spot-1 (191 + 0).
export default {
  id: 'schedplug/preferred-affinity-notin-absent-key',
  source: 'apimachinery pkg/labels/selector.go Requirement.Matches (NotIn: !ls.Has(r.key) -> true); component-helpers nodeaffinity PreferredSchedulingTerms.Score; nodeaffinity node_affinity.go NormalizeScore; noderesources least_allocated.go / balanced_allocation.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: spot, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, labels: { lifecycle: spot } }
    - { name: od, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { lifecycle: on-demand } }
    - { name: plain, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: p }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            preference: { matchExpressions: [{ key: lifecycle, operator: NotIn, values: [spot] }] }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const p = h.podsOf('p')[0];
    h.eq(p.spec.nodeName, 'plain-1', 'p placed on plain-1');
  },
};
