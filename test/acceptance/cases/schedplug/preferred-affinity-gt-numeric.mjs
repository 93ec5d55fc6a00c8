// A preferred term may compare a label as an integer: "gen Gt 3" matches gen=4 only (not gen=2, not a node
// without the label, not gen=next, which does not parse): the small g4-1 (173 + 2 * 100) beats the empty
// 16-cpu nodes (191 + 0).
export default {
  id: 'schedplug/preferred-affinity-gt-numeric',
  source: 'component-helpers scheduling/corev1/nodeaffinity PreferredSchedulingTerms.Score (sum of the weights of the matching terms); apimachinery labels.Requirement.Matches (GreaterThan: strconv.ParseInt of the label, error or missing -> false); nodeaffinity/node_affinity.go Score/NormalizeScore (DefaultNormalizeScore); node_affinity_test.go TestNodeAffinityPriority',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: g2, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, labels: { gen: "2" } }
    - { name: g4, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { gen: "4" } }
    - { name: gx, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, labels: { gen: next } }
    - { name: none, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 } }
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
          - weight: 10
            preference: { matchExpressions: [{ key: gen, operator: Gt, values: ["3"] }] }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, `Successfully assigned default/${p.metadata.name} to g4-1`]], 'p placed on g4-1');
  },
};
