// Preferred podAffinity (weight 100, topologyKey zone) toward a db pod on b-1 scores both zone-b nodes alike:
// the web pod goes to zone b rather than the big a-1, and within zone b to the emptier b-2.
export default {
  id: 'interpod/preferred-affinity-zone-domain',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go processExistingPod (incoming pod\'s PreferredAffinityTerms, +weight on the existing pod\'s topology pair), Score (sum over the node\'s label pairs), NormalizeScore; default profile weight 2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            podAffinityTerm: { labelSelector: { matchLabels: { app: db } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m, memory: 512Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('db')[0].spec.nodeName, 'b-1', 'db on b-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-2', 'web in db\'s zone, on the emptier node');
  },
};
