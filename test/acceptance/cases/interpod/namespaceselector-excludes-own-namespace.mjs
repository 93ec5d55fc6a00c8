// A non-nil namespaceSelector replaces the "own namespace" default: with namespaceSelector naming only
// namespace "data", the app=db pod of the web pod's own namespace does not count, and web stays Pending.
export default {
  id: 'interpod/namespaceselector-excludes-own-namespace',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/types.go getNamespacesFromPodAffinityTerm (the pod\'s namespace only when len(Namespaces) == 0 && NamespaceSelector == nil); interpodaffinity/filtering.go Filter (UnschedulableAndUnresolvable ErrReasonAffinityRulesNotMatch)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
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
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: { matchLabels: { app: db } }
            namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: data } }
            topologyKey: kubernetes.io/hostname
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.assert(h.podsOf('db')[0].spec.nodeName, 'db bound');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, undefined, 'web not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[5, "0/2 nodes are available: 2 node(s) didn't match pod affinity rules. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."]], 'FailedScheduling');
  },
};
