// An anti-affinity term with namespaceSelector {} selects pods of every namespace: the web pod in default
// keeps out of zone a, where an app=x pod of namespace "other" runs, and takes the small b-1.
export default {
  id: 'interpod/namespaceselector-empty-all-namespaces',
  source: 'kubernetes/kubernetes staging/src/k8s.io/api/core/v1/types.go PodAffinityTerm.NamespaceSelector ("An empty selector ({}) matches all namespaces"); pkg/scheduler/framework/types.go getNamespacesFromPodAffinityTerm / AffinityTerm.Matches; interpodaffinity/plugin.go mergeAffinityTermNamespacesIfNotEmpty (an Empty() selector is kept: match everything)',
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
metadata: { name: x, namespace: other }
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
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: x } }, namespaceSelector: {}, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x')[0].spec.nodeName, 'a-1', 'x on a-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web repelled across namespaces');
  },
};
