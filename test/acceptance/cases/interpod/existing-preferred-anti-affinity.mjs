// Symmetric scoring: a placed pod's preferred anti-affinity (weight 100) against app=web lowers its node for
// web pods that have no affinity of their own: the web pod leaves the big a-1, where the fan runs, for b-1.
export default {
  id: 'interpod/existing-preferred-anti-affinity',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go PreScore (no preferred terms of its own: only nodes HavePodsWithAffinityList, pods PodsWithAffinity), processExistingPod (existingPod.PreferredAntiAffinityTerms matched against the incoming pod, -weight)',
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
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('fan')[0].spec.nodeName, 'a-1', 'fan on a-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web avoids the fan');
  },
};
