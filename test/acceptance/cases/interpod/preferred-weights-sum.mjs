// A node scores the sum of the weights of the preferred terms its pods match: w-2 (app=a 10 + app=c 85 = 95)
// beats w-1 (app=b 90), which beats the empty w-3.
export default {
  id: 'interpod/preferred-weights-sum',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go scoreMap.processTerms (each matching term adds its weight to the topology pair), Score; website concepts/scheduling-eviction/assign-pod-node.md ("weight" of preferred terms)',
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
metadata: { name: pa }
spec:
  template:
    metadata: { labels: { app: a }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: pb }
spec:
  template:
    metadata: { labels: { app: b }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: pc }
spec:
  template:
    metadata: { labels: { app: c }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
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
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 10, podAffinityTerm: { labelSelector: { matchLabels: { app: a } }, topologyKey: kubernetes.io/hostname } }
          - { weight: 90, podAffinityTerm: { labelSelector: { matchLabels: { app: b } }, topologyKey: kubernetes.io/hostname } }
          - { weight: 85, podAffinityTerm: { labelSelector: { matchLabels: { app: c } }, topologyKey: kubernetes.io/hostname } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.podsOf('pa')[0].spec.nodeName, h.podsOf('pb')[0].spec.nodeName, h.podsOf('pc')[0].spec.nodeName], ['w-2', 'w-1', 'w-2'], 'placed pods');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'w-2', 'web on the node with the highest sum');
  },
};
