// PodTopologySpread Score (weight 2) for ScheduleAnyway: zone a has five empty nodes plus f-1 running
// one matching pod, zone b one empty node identical to a-1..a-5. Resource scores tie between a-1..a-5
// and b-1; the spread score (zone a count 1, zone b count 0 -> normalized 0 vs 100) picks b-1 for
// every seed (a random tie-break would pick b-1 one time in six).
export default {
  id: 'spread/scheduleanyway-score-empty-zone',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/scoring.go PreScore/Score (scoreForCount = cnt*log(size+2) + maxSkew-1), NormalizeScore (MaxNodeScore*(max+min-s)/max); apis/config/v1/default_plugins.go (PodTopologySpread weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: f, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: a, count: 5, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
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
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('first')[0].spec.nodeName, 'f-1', 'first on f-1');
    h.eq(h.podsOf('web')[0].spec.nodeName, 'b-1', 'web to the empty zone');
  },
};
