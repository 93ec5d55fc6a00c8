// An empty labelSelector ({}) selects everything, but countPodsMatchSelector returns 0 for an empty
// selector: zone a's pod on f-1 is not counted, every zone scores alike and resources pick the empty 16-cpu
// a-1 (193) over b-1 (133), where counting f-1's pod would give b-1 all 200 spread points.
export default {
  id: 'scorefit/spread-score-empty-selector-counts-nothing',
  source: 'podtopologyspread/common.go countPodsMatchSelector (if selector.Empty() { return 0 }); metav1.LabelSelectorAsSelector (empty selector -> labels.Everything()); scoring.go PreScore/NormalizeScore (maxScore 0 -> MaxNodeScore for every node)',
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
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {} }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('first')[0].spec.nodeName, 'f-1', 'first on f-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'a-1', 'web pod');
  },
};
