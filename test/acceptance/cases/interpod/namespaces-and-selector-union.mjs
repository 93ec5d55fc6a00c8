// A term's namespaces list and its namespaceSelector add up: anti-affinity to app=x in namespaces [alpha] plus
// the namespaces selected by name beta keeps the web pod out of zone a (x of alpha) and zone b (x of beta);
// it goes to the smallest zone c.
export default {
  id: 'interpod/namespaces-and-selector-union',
  source: 'kubernetes/kubernetes staging/src/k8s.io/api/core/v1/types.go PodAffinityTerm.NamespaceSelector ("The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field"); interpodaffinity/plugin.go mergeAffinityTermNamespacesIfNotEmpty',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
    - { name: c, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: c } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x, namespace: alpha }
spec:
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: x, namespace: beta }
spec:
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: b }
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
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: { matchLabels: { app: x } }
            namespaces: [alpha]
            namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: beta } }
            topologyKey: topology.kubernetes.io/zone
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const x = h.of('Pod').filter((p) => p.metadata.labels?.app === 'x').map((p) => [p.metadata.namespace, p.spec.nodeName]).sort();
    h.eq(x, [['alpha', 'a-1'], ['beta', 'b-1']], 'x pods');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'c-1', 'web kept out of zones a and b');
  },
};
