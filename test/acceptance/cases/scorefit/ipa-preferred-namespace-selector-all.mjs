// A preferred pod affinity term with namespaceSelector: {} matches pods of every namespace: the cache pod of
// namespace infra on f-1 gives zone a the term's weight (normalized 100), so the default-namespace pod goes to
// the small a-1 (133 + 200) rather than the empty 16-cpu b-1 (193). (Without the selector the term looks only in
// the pod's own namespace and b-1 wins.)
export default {
  id: 'scorefit/ipa-preferred-namespace-selector-all',
  source: 'interpodaffinity/scoring.go PreScore (mergeAffinityTermNamespacesIfNotEmpty), processExistingPod; framework/types.go AffinityTerm.Matches (NamespaceSelector: empty selector matches every namespace); api core/v1 PodAffinityTerm.namespaceSelector docs',
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
metadata: { name: first, namespace: infra }
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
          - { weight: 10, podAffinityTerm: { topologyKey: topology.kubernetes.io/zone, labelSelector: { matchLabels: { app: cache } }, namespaceSelector: {} } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const first = h.podsOf('first')[0];
    h.eq([first.metadata.namespace, first.spec.nodeName], ['infra', 'f-1'], 'cache pod');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web pod');
  },
};
