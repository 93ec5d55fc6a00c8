// A kubernetes.io/hostname ScheduleAnyway constraint counts the matching pods on each node: four pods of one
// Job go big, small, big, small. The 2nd: big has 1 (raw round(ln 4) = 1) -> 0, small 100: 175 + 200 beats
// 196; the 3rd: 1 and 1, a tie, resources pick big; the 4th: raw 3 vs 1 -> 33 vs 100: small 125 + 200 beats
// big 195 + 66. Without the constraint all four would go to the 64-cpu node.
export default {
  id: 'scorefit/spread-score-hostname-alternates',
  source: 'podtopologyspread/scoring.go Score (hostname: countPodsMatchSelector(nodeInfo.GetPods())), initPreScoreState (hostname size = filtered nodes - ignored), NormalizeScore; scoring_test.go TestPodTopologySpreadScore; default_plugins.go (weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "64", memory: 128Gi, pods: 110 } }
    - { name: small, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: { labels: { app: web } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const order = h.events({ reason: 'Scheduled' }).map((e) => e.message.replace(/^.* to /, ''));
    h.eq(order, ['big-1', 'small-1', 'big-1', 'small-1'], 'nodes in the order of the Scheduled events');
  },
};
