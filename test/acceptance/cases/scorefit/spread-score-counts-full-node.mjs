// ScheduleAnyway counts the matching pods of every node in a domain that has a feasible node, the full
// node full-1 included: zone a holds 2 (on full-1, which cannot take the pod), zone b 1. Raw round(2 ln 4) = 3
// and round(ln 4) = 1 normalize to 33 and 100, so b-1 (150 + 200) beats the empty 16-cpu a-1 (193 + 66).
// Counting only the feasible nodes' pods would make zone a the empty one.
export default {
  id: 'scorefit/spread-score-counts-full-node',
  source: 'podtopologyspread/scoring.go PreScore (processAllNode over allNodes: counts go to every topology value that a filtered node has), Score, NormalizeScore; scoring_test.go TestPodTopologySpreadScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: full, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: a, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: full-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: other }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('fill').map((p) => p.spec.nodeName), ['full-1', 'full-1'], 'fill pods');
    h.eq(h.podsOf('other')[0].spec.nodeName, 'b-1', 'other pod');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web pod');
  },
};
