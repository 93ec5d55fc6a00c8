// With two ScheduleAnyway constraints a node's spread score is the sum rounded once: one zone (weight ln 3)
// and two feasible nodes (hostname weight ln 4); zone a holds 2 matching pods (on f-1, too small for the pod,
// and x-1), x-1 1 itself. x-1: round(2 ln 3 + ln 4) = round(3.58) = 4, z-1: round(2 ln 3) = 2, normalized
// 100*(4+2-4)/4 = 50 and 100: z-1 114 + 200 = 314 beats x-1 198 + 100 = 298. Rounding each constraint
// (2 + 1 = 3 for x-1: 66) would give x-1 330.
export default {
  id: 'scorefit/spread-score-two-constraints-rounded-once',
  source: 'podtopologyspread/scoring.go Score (score += scoreForCount(...) per constraint; return int64(math.Round(score))), initPreScoreState (zone size from the filtered nodes, hostname size = filtered - ignored), NormalizeScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: f, count: 1, capacity: { cpu: 500m, memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: x, count: 1, capacity: { cpu: "64", memory: 128Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: z, count: 1, capacity: { cpu: 1200m, memory: 2400Mi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: onf }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: f-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "0", memory: "0" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: onx }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: x-1 }
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
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('onf')[0].spec.nodeName, 'f-1', 'onf pod');
    h.eq(h.podsOf('onx')[0].spec.nodeName, 'x-1', 'onx pod');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'z-1', 'web pod');
  },
};
