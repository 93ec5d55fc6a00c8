// InterPodAffinity's score is scaled from the lowest to the highest node, so even a preferred anti-affinity
// of weight 1 gives the nodes without an app=x pod the full 100 (x2): the web pod leaves the big a-1, where
// x runs, for the small b-1.
export default {
  id: 'interpod/preferred-anti-affinity-weight-one',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go processExistingPod (PreferredAntiAffinityTerms, multiplier -1), NormalizeScore (MaxNodeScore * (score - min) / (max - min)); apis/config/v1 default plugins (InterPodAffinity weight 2)',
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
metadata: { name: x }
spec:
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
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
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 1
            podAffinityTerm: { labelSelector: { matchLabels: { app: x } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x')[0].spec.nodeName, 'a-1', 'x on a-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web avoids x');
  },
};
