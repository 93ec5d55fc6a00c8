// Two constraints (zone and hostname, maxSkew 1 each) must both hold: zone a has a big a-1 and a
// small a-2, zone b a small b-1. Three pods end one per node (zone alone would put two on a-1).
export default {
  id: 'spread/zone-and-hostname',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go Filter (loop over every constraint, first failure returns); filtering_test.go TestMultipleConstraints',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: as, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName).sort(), ['a-1', 'as-1', 'b-1'], 'one per node');
  },
};
