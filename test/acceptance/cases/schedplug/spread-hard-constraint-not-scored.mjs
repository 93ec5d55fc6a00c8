// Only ScheduleAnyway constraints score. The pod's DoNotSchedule zone constraint (maxSkew 2) lets every node
// pass (zone za holds one matching pod, zb none) and adds nothing to the scores; its ScheduleAnyway hostname
// constraint counts a-1's pod (raw round(ln 5) = 2 -> 0) against 0 on big-1 and b-1 (100 each): the empty
// 16-cpu big-1 (191 + 200) beats b-1 (173 + 200). Scoring the zone constraint too would make b-1 win
// (373 against 191 + 2 * 66).
export default {
  id: 'schedplug/spread-hard-constraint-not-scored',
  source: 'podtopologyspread/scoring.go initPreScoreState (filterTopologySpreadConstraints(..., v1.ScheduleAnyway): only soft constraints), Score (hostname: countPodsMatchSelector on the node), topologyNormalizingWeight (log(size + 2), hostname size = feasible nodes), NormalizeScore; filtering.go (DoNotSchedule only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: big, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: p }
      spec:
        template:
          metadata: { labels: { app: web } }
          spec:
            restartPolicy: Never
            topologySpreadConstraints:
            - { maxSkew: 2, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
            - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).length, 0, 'no FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[10, `Successfully assigned default/${p.metadata.name} to big-1`]], 'p placed on big-1');
  },
};
