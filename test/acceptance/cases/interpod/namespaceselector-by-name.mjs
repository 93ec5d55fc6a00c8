// Required podAffinity with namespaceSelector kubernetes.io/metadata.name=data (the label every namespace
// carries) follows the app=db pod of namespace "data" into zone b, off the big a-1.
export default {
  id: 'interpod/namespaceselector-by-name',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/plugin.go mergeAffinityTermNamespacesIfNotEmpty (namespaces the selector lists are merged into the term); filtering.go satisfyPodAffinity; website concepts/scheduling-eviction/assign-pod-node.md ("Namespace selector")',
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
metadata: { name: db, namespace: data }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
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
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: { matchLabels: { app: db } }
            namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: data } }
            topologyKey: topology.kubernetes.io/zone
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('db')[0]?.spec.nodeName, 'b-1', 'db on b-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web follows db into zone b');
  },
};
