// NodeAffinity's preferred-term sums are normalized by the best feasible node: x-1 (matches the weight-100
// term) cannot hold the pod, so p-1's weight 10 is the maximum, 100 -> 200, and p-1 (resources 49 + 50 = 99)
// has 299 against q-1's 198 (98 + 100, no term). Normalizing by x-1's 100 would give p-1 only 20 points.
export default {
  id: 'scorefit/preferred-affinity-max-over-feasible',
  source: 'nodeaffinity/node_affinity.go NormalizeScore (helper.DefaultNormalizeScore(MaxNodeScore, false, scores)); node_affinity_test.go TestNodeAffinityPriority; schedule_one.go prioritizeNodes (feasible nodes only); default_plugins.go (NodeAffinity weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: x, count: 1, capacity: { cpu: 500m, memory: 64Gi, pods: 110 }, labels: { tier: gold } }
    - { name: p, count: 1, capacity: { cpu: "1", memory: 64Gi, pods: 110 }, labels: { tier: silver } }
    - { name: q, count: 1, capacity: { cpu: "64", memory: 64Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 100, preference: { matchExpressions: [{ key: tier, operator: In, values: [gold] }] } }
          - { weight: 10, preference: { matchExpressions: [{ key: tier, operator: In, values: [silver] }] } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'p-1', 'node of the pod');
  },
};
