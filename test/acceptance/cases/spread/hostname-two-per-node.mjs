// topologyKey kubernetes.io/hostname (every node carries it): six pods with maxSkew 1 over three
// nodes end two per node, although the big node would win every score.
export default {
  id: 'spread/hostname-two-per-node',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go Filter (each node its own domain for kubernetes.io/hostname); filtering_test.go TestSingleConstraint (hostname cases)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "64", memory: 128Gi, pods: 110 } }
    - { name: s, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  parallelism: 6
  completions: 6
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName).sort(), ['big-1', 'big-1', 's-1', 's-1', 's-2', 's-2'], 'two per node');
  },
};
