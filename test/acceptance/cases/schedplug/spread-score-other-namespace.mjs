// ScheduleAnyway counts only pods of the incoming pod's namespace: the two app=web pods of namespace team-b
// on b-1 do not make zone zb crowded, every zone scores alike, and resources pick b-1 (180) over a-1 (173).
// Counting them would give a-1 all 200 spread points.
export default {
  id: 'schedplug/spread-score-other-namespace',
  source: 'podtopologyspread/common.go countPodsMatchSelector (p.Namespace != ns -> skipped); scoring.go PreScore (processAllNode), NormalizeScore (maxScore 0 -> MaxNodeScore for every node); noderesources least_allocated.go / balanced_allocation.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "16", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: mine }
      spec:
        template:
          metadata: { labels: { app: web } }
          spec:
            restartPolicy: Never
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: other, namespace: team-b }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const others = h.of('Pod').filter((p) => p.metadata.namespace === 'team-b');
    h.eq(others.map((p) => p.spec.nodeName), ['b-1', 'b-1'], 'team-b pods on b-1');
    const p = h.podsOf('mine')[0];
    h.eq(p.spec.nodeName, 'b-1', 'mine placed on b-1');
  },
};
