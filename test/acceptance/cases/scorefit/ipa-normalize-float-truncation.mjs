// InterPodAffinity's NormalizeScore is float64: int64(100 * (float64(s-min) / float64(max-min))). Raw scores
// top-1 50, mid-1 29, alt-1 28, low-1 0: mid-1 gets int64(100 * 0.58) = int64(57.99999999999999) = 57, alt-1 56.
// Totals: top-1 198 + 200 + 0 (untolerated PreferNoSchedule) = 398, mid-1 193 + 114 + 300 = 607, alt-1
// 196 + 112 + 300 = 608, low-1 175 + 0 + 300 = 475: alt-1. Integer arithmetic (2900/50 = 58) would pick mid-1.
export default {
  id: 'scorefit/ipa-normalize-float-truncation',
  source: 'interpodaffinity/scoring.go NormalizeScore (fScore = float64(MaxNodeScore) * (float64(scores[i].Score-minCount) / float64(maxMinDiff)); scores[i].Score = int64(fScore)); tainttoleration NormalizeScore; least_allocated.go; balanced_allocation.go; default_plugins.go (InterPodAffinity 2, TaintToleration 3)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: top, count: 1, capacity: { cpu: "64", memory: 128Gi, pods: 110 }, taints: [{ key: busy, effect: PreferNoSchedule }] }
    - { name: mid, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 } }
    - { name: alt, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 } }
    - { name: low, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: p50 }
spec:
  template:
    metadata: { labels: { app: p50 }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: top-1 }
      tolerations: [{ key: busy, operator: Exists }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "0", memory: "0" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: p29 }
spec:
  template:
    metadata: { labels: { app: p29 }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: mid-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "0", memory: "0" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: p28 }
spec:
  template:
    metadata: { labels: { app: p28 }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: alt-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "0", memory: "0" } } }]
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
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 50, podAffinityTerm: { topologyKey: kubernetes.io/hostname, labelSelector: { matchLabels: { app: p50 } } } }
          - { weight: 29, podAffinityTerm: { topologyKey: kubernetes.io/hostname, labelSelector: { matchLabels: { app: p29 } } } }
          - { weight: 28, podAffinityTerm: { topologyKey: kubernetes.io/hostname, labelSelector: { matchLabels: { app: p28 } } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('p50')[0].spec.nodeName, 'top-1', 'p50 pod');
    h.eq(h.podsOf('p29')[0].spec.nodeName, 'mid-1', 'p29 pod');
    h.eq(h.podsOf('p28')[0].spec.nodeName, 'alt-1', 'p28 pod');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'alt-1', 'web pod');
  },
};
