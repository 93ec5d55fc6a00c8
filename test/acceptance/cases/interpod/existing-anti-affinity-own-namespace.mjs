// A placed pod's anti-affinity term without namespaces covers the placed pod's own namespace: the guard in
// namespace "other" repels app=web pods of "other" only, so the app=web pod of default takes the big a-1.
export default {
  id: 'interpod/existing-anti-affinity-own-namespace',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/types.go NewPodInfo -> getAffinityTerms(pod, ...) (the existing pod\'s terms resolve to its own namespace); interpodaffinity/filtering.go getExistingAntiAffinityCounts (t.Matches(incoming pod, nsLabels))',
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
  - { at: 5s, patch: { kind: Job, name: web, namespace: other, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: guard, namespace: other }
spec:
  template:
    metadata: { labels: { app: guard }, annotations: { jobsim/duration: 1h } }
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
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web, namespace: other }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const inNs = (ns) => h.of('Pod').filter((p) => p.metadata.namespace === ns && p.metadata.labels?.app === 'web');
    h.eq(h.of('Pod').find((p) => p.metadata.labels?.app === 'guard')?.spec.nodeName, 'a-1', 'guard on a-1');
    h.eq(inNs('default').map((p) => p.spec.nodeName), ['a-1'], 'web of default not repelled');
    h.eq(inNs('other').map((p) => p.spec.nodeName), ['b-1'], 'web of other repelled');
  },
};
