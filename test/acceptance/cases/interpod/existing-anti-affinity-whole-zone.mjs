// A placed pod's required anti-affinity with topologyKey zone repels app=web from every node of its zone,
// not just its own: with both nodes in zone a, the web pod is refused on both (Unschedulable; the guard is
// of equal priority, so preemption finds no victims).
export default {
  id: 'interpod/existing-anti-affinity-whole-zone',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyExistingPodsAntiAffinity (any node label pair with existingAntiAffinityCounts > 0); filtering_test.go TestRequiredAffinityMultipleNodes ("Test existing pod\'s anti-affinity: incoming pod wouldn\'t considered as a fit as it violates each existingPod\'s terms on all nodes")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: guard }
spec:
  template:
    metadata: { labels: { app: guard }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
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
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, undefined, 'web not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[5, "0/2 nodes are available: 2 node(s) didn't satisfy existing pods anti-affinity rules. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."]], 'FailedScheduling');
  },
};
