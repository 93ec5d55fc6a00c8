// ScheduleAnyway counting with nodeTaintsPolicy: Honor leaves out the pods of a node whose taint the
// incoming pod does not tolerate: t-1's two matching pods (they tolerate team=x) no longer make zone za the
// crowded one, za counts 0 against zb's 1, and the small a-1 (173 + 200) beats b-1 (186 + 0).
// Under the default Ignore za would count 2 (raw 3 -> 33) and b-1 would win (186 + 200 against 173 + 66).
export default {
  id: 'schedplug/spread-score-honor-taints',
  source: 'podtopologyspread/scoring.go PreScore (processAllNode: c.matchNodeInclusionPolicies before counting), Score, NormalizeScore; common.go matchNodeInclusionPolicies (NodeTaintsPolicy Honor: FindMatchingUntoleratedTaint NoSchedule/NoExecute); scoring_test.go TestPodTopologySpreadScore (NodeTaintsPolicy rows); default_plugins.go (PodTopologySpread weight 2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: t, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za }, taints: [{ key: team, value: x, effect: NoSchedule }] }
    - { name: a, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "16", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
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
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, nodeTaintsPolicy: Honor, labelSelector: { matchLabels: { app: web } } }
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: tol }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: t-1 }
      tolerations: [{ key: team, operator: Equal, value: x, effect: NoSchedule }]
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 100m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: bx }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    h.eq(h.podsOf('tol').map((p) => p.spec.nodeName), ['t-1', 't-1'], 'tol pods on t-1');
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[10, `Successfully assigned default/${p.metadata.name} to a-1`]], 'p placed');
  },
};
