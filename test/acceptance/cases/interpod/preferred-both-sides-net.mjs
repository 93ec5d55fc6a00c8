// The pod's own preferred terms and the placed pods' add up per node: the fan on the big a-1 prefers app=web
// (+50) while the web pod prefers to avoid app=fan (-60): a-1 nets -10, the lowest, and the web pod goes to b-1.
export default {
  id: 'interpod/preferred-both-sides-net',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go processExistingPod (incoming PreferredAntiAffinityTerms -weight, existing PreferredAffinityTerms +weight, same scoreMap), NormalizeScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: fan }
spec:
  template:
    metadata: { labels: { app: fan }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      affinity:
        podAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 50
            podAffinityTerm: { labelSelector: { matchLabels: { app: web } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
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
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 60
            podAffinityTerm: { labelSelector: { matchLabels: { app: fan } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('fan')[0].spec.nodeName, 'a-1', 'fan on a-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web on b-1');
  },
};
