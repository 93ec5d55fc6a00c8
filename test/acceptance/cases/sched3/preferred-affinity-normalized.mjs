// NodeAffinity's score is normalized to 0-100 by the best feasible node and weighted 2: node y
// matches the weight-2 term (100 -> 200), node x the weight-1 term (50 -> 100); x's 12 points of
// resource score (187 against 175) do not make up the 100. Raw weights (2 against 4) would not
// have beaten them.
export default {
  id: 'sched3/preferred-affinity-normalized',
  source: 'nodeaffinity/node_affinity_test.go TestNodeAffinityPriority ("all nodes matches the preferred scheduling requirements of pod but with different priorities"); node_affinity.go Score (sum of matching weights), NormalizeScore (helper.DefaultNormalizeScore(MaxNodeScore, false)); default_plugins.go (NodeAffinity weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: x, count: 1, capacity: { cpu: "8", memory: 32Gi, pods: 110 }, labels: { disk: ssd } }
    - { name: yy, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { zone: b } }
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 4Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'yy-1', 'weight-2 node');
  },
};
