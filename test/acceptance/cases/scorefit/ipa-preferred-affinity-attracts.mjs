// InterPodAffinity (weight 2) scores the incoming pod's preferred affinity: the cache pod fills f-1 in zone a,
// so zone a's nodes get the term's weight 10 (normalized 100) and zone b's 0: a-1 (1.5 cpu: 133 + 200) beats
// the empty 16-cpu b-1 (193).
export default {
  id: 'scorefit/ipa-preferred-affinity-attracts',
  source: 'interpodaffinity/scoring.go PreScore/processExistingPod (incoming preferred affinity terms, +weight per topology pair), Score, NormalizeScore (min..max -> 0..100); default_plugins.go (InterPodAffinity weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: f, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: a, count: 1, capacity: { cpu: 1500m, memory: 3Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { labels: { app: cache }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: f-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2", memory: 4Gi } } }]
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
      affinity:
        podAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 10, podAffinityTerm: { topologyKey: topology.kubernetes.io/zone, labelSelector: { matchLabels: { app: cache } } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('first')[0].spec.nodeName, 'f-1', 'first on f-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web pod');
  },
};
