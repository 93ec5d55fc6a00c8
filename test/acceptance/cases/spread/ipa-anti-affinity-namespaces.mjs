// A term without namespaces selects pods of the incoming pod's own namespace only: "same" ignores the
// app=x pod of namespace "other" in zone a and takes the big a-1; "cross" names namespace other and is
// kept out of zone a (b-1).
export default {
  id: 'spread/ipa-anti-affinity-namespaces',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/types.go newAffinityTerm / getNamespacesFromPodAffinityTerm (empty namespaces and nil namespaceSelector -> the pod\'s own namespace); interpodaffinity/filtering.go satisfyPodAntiAffinity',
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
  - { at: 5s, patch: { kind: Job, name: same, spec: { suspend: false } } }
  - { at: 5s, patch: { kind: Job, name: cross, spec: { suspend: false } } }
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
metadata: { name: same }
spec:
  suspend: true
  template:
    metadata: { labels: { app: same }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: x } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: cross }
spec:
  suspend: true
  template:
    metadata: { labels: { app: cross }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: x } }, namespaces: [other], topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x')[0].spec.nodeName, 'a-1', 'x on a-1');
    h.eq(h.podsOf('same')[0].spec.nodeName, 'a-1', 'same-namespace term ignores namespace other');
    h.eq(h.podsOf('cross')[0].spec.nodeName, 'b-1', 'namespaces [other] repels');
  },
};
