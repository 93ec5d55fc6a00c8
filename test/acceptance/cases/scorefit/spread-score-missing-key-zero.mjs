// A feasible node without the constraint's topology key is ignored by PodTopologySpread's scoring and
// normalized to 0, while the zoned node (no matching pod anywhere: max 0) gets 100: z-1 (4 cpu) has
// 175 + 200 = 375 against the empty 16-cpu plain-1's 193 + 0.
export default {
  id: 'scorefit/spread-score-missing-key-zero',
  source: 'podtopologyspread/scoring.go initPreScoreState (requireAllTopologies: nodes without every topologyKey go to IgnoredNodes), NormalizeScore (ignored nodes -> 0; maxScore == 0 -> MaxNodeScore); scoring_test.go TestPodTopologySpreadScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: plain, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 } }
    - { name: z, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  template:
    metadata: { labels: { app: web } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web')[0].spec.nodeName, 'z-1', 'node of the pod');
  },
};
