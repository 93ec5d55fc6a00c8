// maxSkew - 1 is added to every ScheduleAnyway score, which waters the spread difference down: with maxSkew 5
// zone a (1 matching pod) scores round(1*ln 4 + 4) = 5 and zone b 4, normalized 100*(5+4-5)/5 = 80 against
// 100: only 40 weighted points, and the empty 16-cpu a-1 (193 + 160) beats b-1 (133 + 200). (With maxSkew 1
// zone b gets all 200 points and b-1 wins.)
export default {
  id: 'scorefit/spread-score-maxskew-softens',
  source: 'podtopologyspread/scoring.go scoreForCount (cnt*tpWeight + maxSkew-1), Score (int64(math.Round(score))), NormalizeScore (MaxNodeScore*(max+min-s)/max), topologyNormalizingWeight (log(size+2)); default_plugins.go (PodTopologySpread weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: f, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: a, count: 1, capacity: { cpu: "16", memory: 32Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: 1500m, memory: 3Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: f-1 }
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
      topologySpreadConstraints:
      - { maxSkew: 5, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('first')[0].spec.nodeName, 'f-1', 'first on f-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web on the big node of the busier zone');
  },
};
