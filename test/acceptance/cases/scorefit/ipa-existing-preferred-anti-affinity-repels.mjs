// A placed pod's preferred anti-affinity term that the incoming pod matches subtracts its weight in that pod's
// zone: first's pod on f-1 (zone a) repels role=web pods, so the incoming pod goes to b-1 (133 + 200) rather
// than the empty 16-cpu a-1 (193 + 0).
export default {
  id: 'scorefit/ipa-existing-preferred-anti-affinity-repels',
  source: 'interpodaffinity/scoring.go processExistingPod (existingPod.GetPreferredAntiAffinityTerms(), multiplier -1); NormalizeScore; default_plugins.go (weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: f, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: a, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: 1500m, memory: 3Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: f-1 }
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 10, podAffinityTerm: { topologyKey: topology.kubernetes.io/zone, labelSelector: { matchLabels: { role: web } } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2", memory: 4Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web, role: web } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('first')[0].spec.nodeName, 'f-1', 'first on f-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web pod');
  },
};
