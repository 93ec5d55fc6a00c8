// hardPodAffinityWeight is 1: a placed pod's required affinity term that matches the web pod adds 1 to its
// node (w-1), less than another placed pod's preferred affinity of weight 2 (w-2); w-3 holds neither. The
// scores 1, 2, 0 scale to 50, 100, 0: the web pod goes to w-2.
export default {
  id: 'interpod/existing-required-affinity-weight-one',
  source: 'kubernetes/kubernetes pkg/scheduler/apis/config/v1/defaults.go SetDefaults_InterPodAffinityArgs (HardPodAffinityWeight = 1); interpodaffinity/scoring.go processExistingPod, NormalizeScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hard }
spec:
  template:
    metadata: { labels: { tier: front, app: hard }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { tier: front } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: soft }
spec:
  template:
    metadata: { labels: { app: soft }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      affinity:
        podAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 2
            podAffinityTerm: { labelSelector: { matchLabels: { tier: front } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { tier: front, app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.podsOf('hard')[0].spec.nodeName, h.podsOf('soft')[0].spec.nodeName], ['w-1', 'w-2'], 'placed pods');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'w-2', 'preferred weight 2 beats the hard weight 1');
  },
};
