// InterPodAffinity's NormalizeScore is float64: 100 * (29/50) is 57.99999999999999 and truncates to 57, not 58.
// Raw scores x-1 29 (a pod matching the weight-29 term), z-1 50, q-1 and w-1 0. With TaintToleration (x3:
// x-1 67, q-1 100, z-1 and w-1 0) and NodeAffinity (x2: q-1 8, w-1 100) the totals above the equal resource
// scores are x-1 2*57+201 = 315, q-1 300+16 = 316, z-1 200, w-1 200: the web pod goes to q-1. (With 58,
// x-1 would have 317 and win; with weight 28 (56) q-1 wins and with 30 (60) x-1 wins either way.)
export default {
  id: 'interpod/normalize-float-truncation',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/scoring.go NormalizeScore (fScore = float64(MaxNodeScore) * (float64(score-minCount) / float64(maxMinDiff)); scores[i].Score = int64(fScore)); plugins/helper/normalize_score.go DefaultNormalizeScore (TaintToleration reverse, NodeAffinity); default profile weights (TaintToleration 3, NodeAffinity 2, InterPodAffinity 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: x, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: t1, value: "1", effect: PreferNoSchedule }] }
    - { name: q, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { pick: q } }
    - { name: z, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: t1, value: "1", effect: PreferNoSchedule }, { key: t2, value: "1", effect: PreferNoSchedule }, { key: t3, value: "1", effect: PreferNoSchedule }] }
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { pick: w }, taints: [{ key: t1, value: "1", effect: PreferNoSchedule }, { key: t2, value: "1", effect: PreferNoSchedule }, { key: t3, value: "1", effect: PreferNoSchedule }] }
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
      nodeSelector: { kubernetes.io/hostname: x-1 }
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
      nodeSelector: { kubernetes.io/hostname: z-1 }
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
      nodeSelector: { kubernetes.io/hostname: q-1 }
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
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 8, preference: { matchExpressions: [{ key: pick, operator: In, values: [q] }] } }
          - { weight: 100, preference: { matchExpressions: [{ key: pick, operator: In, values: [w] }] } }
        podAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 29, podAffinityTerm: { labelSelector: { matchLabels: { app: a } }, topologyKey: kubernetes.io/hostname } }
          - { weight: 50, podAffinityTerm: { labelSelector: { matchLabels: { app: b } }, topologyKey: kubernetes.io/hostname } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.podsOf('pa')[0].spec.nodeName, h.podsOf('pb')[0].spec.nodeName, h.podsOf('pc')[0].spec.nodeName], ['x-1', 'z-1', 'q-1'], 'placed pods');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'q-1', 'web on q-1 (x-1 scores 57, not 58)');
  },
};
