// With nodeAffinityPolicy: Ignore the ScheduleAnyway counting takes every node of a domain, side-1 included:
// zone a counts 2 (raw round(2 ln 4) = 3 -> 33) and zone b 1 (-> 100), so b-1 (150 + 200) beats a-1 (193 + 66).
export default {
  id: 'scorefit/spread-score-affinity-policy-ignore',
  source: 'podtopologyspread/scoring.go PreScore (processAllNode, matchNodeInclusionPolicies); common.go matchNodeInclusionPolicies (NodeAffinityPolicy Ignore: every node counts); scoreForCount, NormalizeScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a, tier: x } }
    - { name: side, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b, tier: x } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: side }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: side-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: other }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
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
      nodeSelector: { tier: x }
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } }, nodeAffinityPolicy: Ignore }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('side').map((p) => p.spec.nodeName), ['side-1', 'side-1'], 'side pods');
    h.eq(h.podsOf('other')[0].spec.nodeName, 'b-1', 'other pod');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web pod');
  },
};
