// A placed pod's required affinity term that the incoming pod matches adds hardPodAffinityWeight (1) to its
// topology pair: first's pod (required affinity to role=web in its zone, satisfied by itself) makes zone a 1,
// zone b 0, so the incoming role=web pod, which has no affinity of its own, goes to a-1 (133 + 200 > 193).
export default {
  id: 'scorefit/ipa-existing-required-affinity-attracts',
  source: 'interpodaffinity/scoring.go processExistingPod (existingPod.GetRequiredAffinityTerms() with args.HardPodAffinityWeight, default 1); apis/config/v1 defaults (HardPodAffinityWeight 1); NormalizeScore',
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
    metadata: { labels: { app: db, role: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: f-1 }
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { topologyKey: topology.kubernetes.io/zone, labelSelector: { matchLabels: { role: web } } }
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
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web pod');
  },
};
