// A Job whose pods prefer (weight 100) not to share a node with each other: the first three pods take one node
// each (a-1, the biggest, first); once every node holds one, the scores are equal and the fourth pod goes
// back to a-1 on resources.
export default {
  id: 'interpod/preferred-anti-affinity-self-spread',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go processExistingPod (PreferredAntiAffinityTerms -weight), NormalizeScore (maxMinDiff == 0 -> every node 0); noderesources least_allocated.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 } }
    - { name: b, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: soft }
spec:
  parallelism: 4
  completions: 4
  template:
    metadata: { labels: { app: soft }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            podAffinityTerm: { labelSelector: { matchLabels: { app: soft } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const sched = h.podsOf('soft').map((p) => [h.events({ reason: 'Scheduled', name: p.metadata.name })[0], p.spec.nodeName]);
    h.eq(sched.filter(([e]) => e).length, 4, 'all bound');
    // Scheduled events are in binding order
    const order = h.events({ reason: 'Scheduled' }).map((e) => e.message.replace(/.* to /, ''));
    h.eq(order[0], 'a-1', 'first pod on the biggest node');
    h.eq([...order.slice(1, 3)].sort(), ['b-1', 'b-2'], 'next two on the nodes without one');
    h.eq(order[3], 'a-1', 'fourth back on a-1');
  },
};
