// An existing pod's required anti-affinity (against app=web, topologyKey zone) keeps web pods, which
// have no affinity of their own, out of its zone: they go to the small b-1 instead of a-1.
export default {
  id: 'spread/ipa-existing-anti-affinity-repels',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go getExistingAntiAffinityCounts, satisfyExistingPodsAntiAffinity; filtering_test.go ("existing pod anti-affinity")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: loner }
spec:
  template:
    metadata: { labels: { app: loner }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: web } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('loner')[0].spec.nodeName, 'a-1', 'loner on a-1');
    h.eq(h.podsOf('web').map((p) => p.spec.nodeName), ['b-1', 'b-1'], 'web kept out of zone a');
  },
};
