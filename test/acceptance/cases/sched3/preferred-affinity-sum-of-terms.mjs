// A node matching two preferred terms scores the sum of their weights (1 + 2 = 3 -> 100 -> 200)
// against 2 (66 -> 132) for a node matching only the heavier one: the small node wins although
// the big one has 43 more points of resource score.
export default {
  id: 'sched3/preferred-affinity-sum-of-terms',
  source: 'nodeaffinity/node_affinity_test.go TestNodeAffinityPriority ("only part of nodes matches the preferred scheduling requirements of pod" rows); node_affinity.go Score (count += term.Weight for each matching term)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: small, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { disk: ssd, zone: b } }
    - { name: big, count: 1, capacity: { cpu: "16", memory: 64Gi, pods: 110 }, labels: { zone: b } }
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
          - { weight: 1, preference: { matchExpressions: [{ key: disk, operator: In, values: [ssd] }] } }
          - { weight: 2, preference: { matchExpressions: [{ key: zone, operator: In, values: [b] }] } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'small-1', 'both terms');
  },
};
