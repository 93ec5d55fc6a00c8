// The default profile's weights, to the point: t-1 has an untolerated PreferNoSchedule taint (TaintToleration
// 0 x 3) but matches the preferred node affinity (100 x 2) and is alone in the empty zone b (PodTopologySpread
// 100 x 2): 99 + 0 + 200 + 200 = 499. u-1, untainted (100 x 3), in zone a with first's pod (spread 0), no
// affinity: 198 + 300 = 498. t-1 wins by one point.
export default {
  id: 'scorefit/weights-taint-vs-affinity-and-spread',
  source: 'apis/config/v1/default_plugins.go getDefaultPlugins (TaintToleration 3, NodeAffinity 2, PodTopologySpread 2, NodeResourcesFit 1, NodeResourcesBalancedAllocation 1); framework/runtime RunScorePlugins (normalized score x weight, summed); tainttoleration, nodeaffinity and podtopologyspread NormalizeScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: f, count: 1, capacity: { cpu: "1", memory: 2Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: u, count: 1, capacity: { cpu: "64", memory: 128Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - name: t
      count: 1
      capacity: { cpu: "1", memory: 64Gi, pods: 110 }
      labels: { topology.kubernetes.io/zone: b, disk: ssd }
      taints: [{ key: spot, value: "true", effect: PreferNoSchedule }]
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
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - { weight: 1, preference: { matchExpressions: [{ key: disk, operator: In, values: [ssd] }] } }
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('first')[0].spec.nodeName, 'f-1', 'first on f-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 't-1', 'web pod');
  },
};
